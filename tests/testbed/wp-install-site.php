<?php
/*
 * Installs one WordPress site for the Latchkey test bed. Called by wp-testbed.sh, never by
 * tests. The site's wp-config.php and its (empty) database must already exist.
 *
 *   php wp-install-site.php SITE_DIR URL PERMALINK_STRUCTURE KEY_PREFIX MINT_ROLES TITLE
 *
 * MINT_ROLES is a comma list of ADMIN, AUTHOR, CONTRIB: those users get an application
 * password named "testbed-seed". Login passwords come from the environment
 * (WP_TESTBED_ADMIN_PASSWORD, WP_TESTBED_AUTHOR_PASSWORD, WP_TESTBED_CONTRIB_PASSWORD).
 * Prints KEY_PREFIX<ROLE>_ID=… and KEY_PREFIX<ROLE>_APP_PASSWORD=… lines on stdout.
 */
if (PHP_SAPI !== 'cli' || $argc !== 7) {
    fwrite(STDERR, "usage: php wp-install-site.php SITE_DIR URL PERMALINK KEY_PREFIX MINT_ROLES TITLE\n");
    exit(2);
}
[, $siteDir, $url, $permalink, $keyPrefix, $mintRoles, $title] = $argv;

function fail(string $what, $error = null): void
{
    $detail = is_wp_error($error) ? $error->get_error_code() . ': ' . $error->get_error_message() : '';
    fwrite(STDERR, "wp-install-site: $what $detail\n");
    exit(1);
}

// What WordPress would see in a web request to URL.
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = (string) $parts['port'];
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['SCRIPT_NAME'] = '/wp-admin/install.php';
$_SERVER['PHP_SELF'] = '/wp-admin/install.php';
$_SERVER['REQUEST_METHOD'] = 'GET';

define('WP_INSTALLING', true);

// Pluggable: upgrade.php only defines it when missing. No "your new site" mail.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

require $siteDir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install() probes pretty permalinks with an HTTP request to the site itself; nothing
// needs HTTP during the install, so refuse every request outright.
add_filter('pre_http_request', function () {
    return new WP_Error('testbed_no_http', 'no HTTP while installing the test bed');
});

$passwords = [
    'ADMIN' => getenv('WP_TESTBED_ADMIN_PASSWORD'),
    'AUTHOR' => getenv('WP_TESTBED_AUTHOR_PASSWORD'),
    'CONTRIB' => getenv('WP_TESTBED_CONTRIB_PASSWORD'),
];
foreach ($passwords as $role => $password) {
    if (!$password) {
        fail("WP_TESTBED_{$role}_PASSWORD is not set");
    }
}

$result = wp_install($title, 'admin', 'admin@example.invalid', false, '', $passwords['ADMIN']);
if (empty($result['user_id'])) {
    fail('wp_install failed');
}
$ids = ['ADMIN' => (int) $result['user_id']];

update_option('siteurl', $url);
update_option('home', $url);
update_option('show_avatars', 0);
update_option('blogdescription', 'Latchkey test bed');

global $wp_rewrite;
$wp_rewrite->set_permalink_structure($permalink);
$wp_rewrite->flush_rules(false); // false: do not write .htaccess

$users = [
    'AUTHOR' => ['user_login' => 'author1', 'role' => 'author', 'display_name' => 'Author One'],
    'CONTRIB' => ['user_login' => 'contrib1', 'role' => 'contributor', 'display_name' => 'Contributor One'],
];
foreach ($users as $role => $user) {
    $id = wp_insert_user($user + [
        'user_pass' => $passwords[$role],
        'user_email' => $user['user_login'] . '@example.invalid',
    ]);
    if (is_wp_error($id)) {
        fail("cannot create {$user['user_login']}", $id);
    }
    $ids[$role] = (int) $id;
}

foreach ($ids as $role => $id) {
    echo "{$keyPrefix}{$role}_ID={$id}\n";
}

foreach (array_filter(explode(',', $mintRoles)) as $role) {
    if (!isset($ids[$role])) {
        fail("unknown role $role in MINT_ROLES");
    }
    $created = WP_Application_Passwords::create_new_application_password($ids[$role], ['name' => 'testbed-seed']);
    if (is_wp_error($created)) {
        fail("cannot mint an application password for $role", $created);
    }
    // Spaces are optional in application passwords; the env file must not contain any.
    echo "{$keyPrefix}{$role}_APP_PASSWORD=" . str_replace(' ', '', $created[0]) . "\n";
}
