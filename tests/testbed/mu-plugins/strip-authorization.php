<?php
/*
 * Latchkey test-bed fault switch: a host that drops the Authorization header before PHP
 * sees it (common with Apache + CGI/FastCGI without a rewrite rule passing it on).
 * Effect: requests with valid application passwords are anonymous
 * (401 rest_not_logged_in on routes that need a user).
 * Copy into a site's wp-content/mu-plugins/ to switch on; remove it when the test ends.
 */
unset(
    $_SERVER['HTTP_AUTHORIZATION'],
    $_SERVER['REDIRECT_HTTP_AUTHORIZATION'],
    $_SERVER['PHP_AUTH_USER'],
    $_SERVER['PHP_AUTH_PW'],
    $_SERVER['AUTH_TYPE']
);
