<?php
/**
 * Runs WordPress's own filters on standard input, as a post is saved and
 * shown, without a WordPress install: only the files that define them are
 * loaded from the Debian package (WORDPRESS_DIR, e.g. /usr/share/wordpress).
 *
 *   php filter.php kses   < post.html    wp_kses_post(): a post by an author
 *                                        without unfiltered_html
 *   php filter.php oembed < request.json the HTML WordPress embeds for an
 *                                        oEmbed response: {"url", "data"}
 *
 * One stub: home_url(), which WP_oEmbed's constructor reads to list the
 * site's own provider (link-template.php would need the whole install).
 */
define( 'ABSPATH', rtrim( getenv( 'WORDPRESS_DIR' ), '/' ) . '/' );
define( 'WPINC', 'wp-includes' );

require ABSPATH . WPINC . '/plugin.php';    // add_filter(), apply_filters()
require ABSPATH . WPINC . '/functions.php'; // wp_allowed_protocols()
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';

$input = stream_get_contents( STDIN );

if ( 'kses' === ( $argv[1] ?? '' ) ) {
	echo wp_kses_post( $input );
	exit;
}

if ( 'oembed' === ( $argv[1] ?? '' ) ) {
	require ABSPATH . WPINC . '/pluggable.php'; // wp_generate_password()
	require ABSPATH . WPINC . '/embed.php';     // wp_filter_oembed_result()
	require ABSPATH . WPINC . '/class-wp-oembed.php';

	function home_url() {
		return 'https://wordpress.example';
	}

	// As wp-includes/default-filters.php registers it.
	add_filter( 'oembed_dataparse', 'wp_filter_oembed_result', 10, 3 );
	$request = json_decode( $input );
	echo _wp_oembed_get_object()->data2html( $request->data, $request->url );
	exit;
}

fwrite( STDERR, "Usage: php filter.php kses|oembed < input\n" );
exit( 2 );
