<?php
/*
 * Latchkey test-bed fault switch: a slow host. Every REST request (/wp-json/... or
 * ?rest_route=...) sleeps 20 seconds before WordPress answers it, for timeout tests: set the
 * client's timeout well below that. Each sleeping request holds one of the 4 php -S
 * workers, so keep such tests to a couple of requests.
 * Copy into a site's wp-content/mu-plugins/ to switch on; remove it when the test ends.
 */
$latchkeyPath = parse_url($_SERVER['REQUEST_URI'] ?? '', PHP_URL_PATH) ?? '';
if (strpos($latchkeyPath, '/wp-json') !== false || isset($_GET['rest_route'])) {
    sleep(20);
}
unset($latchkeyPath);
