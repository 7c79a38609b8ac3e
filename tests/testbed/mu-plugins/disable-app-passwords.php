<?php
/*
 * Latchkey test-bed fault switch: application passwords unavailable, as with a security
 * plugin (Wordfence and others) that filters them off.
 * Effect: the REST index has "authentication": [], Basic credentials are ignored
 * (401 rest_not_logged_in) and the application-password routes answer
 * 501 application_passwords_disabled, even to anonymous requests.
 * Copy into a site's wp-content/mu-plugins/ to switch on; remove it when the test ends.
 */
add_filter('wp_is_application_passwords_available', '__return_false');
