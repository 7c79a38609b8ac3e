<?php
/*
 * Latchkey test-bed fault switch: a web application firewall in front of the REST API.
 * Every REST request (/wp-json/... or ?rest_route=...) gets an HTML "403 Forbidden" page
 * instead of JSON; the rest of the site (front page, wp-login.php, wp-admin) still works.
 * Copy into a site's wp-content/mu-plugins/ to switch on; remove it when the test ends.
 */
$latchkeyPath = parse_url($_SERVER['REQUEST_URI'] ?? '', PHP_URL_PATH) ?? '';
if (strpos($latchkeyPath, '/wp-json') !== false || isset($_GET['rest_route'])) {
    http_response_code(403);
    header('Content-Type: text/html; charset=UTF-8');
    header('Cache-Control: no-store');
    echo "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head>\n"
        . "<body><h1>Forbidden</h1><p>Request blocked by the site firewall.</p></body></html>\n";
    exit;
}
unset($latchkeyPath);
