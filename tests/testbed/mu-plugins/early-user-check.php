<?php
/*
 * Latchkey test-bed fault switch: a plugin that asks "is anyone logged in?" early in
 * rest_authentication_errors, as many plugins do.
 * On a bare 6.1 site a wrong application password is reported as 401 rest_not_logged_in
 * (the real error is lost). With this file the current user is determined before
 * WordPress's own application-password check reads its error, so the real code comes back
 * (incorrect_password, invalid_username, ...). See /work/shared/WORDPRESS.md.
 * Copy into a site's wp-content/mu-plugins/ to switch on; remove it when the test ends.
 */
add_filter('rest_authentication_errors', function ($result) {
    is_user_logged_in();
    return $result;
}, 10);
