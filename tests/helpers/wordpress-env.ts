import type { WordPressProfile } from '../../main/cms/wordpress';

/**
 * The test WordPress from the environment (scripts/wordpress-up.sh prints WORDPRESS_URL,
 * WORDPRESS_USER and WORDPRESS_APP_PASSWORD), or undefined when none is running.
 */
export function wordpressFromEnv(): WordPressProfile | undefined {
  const url = process.env['WORDPRESS_URL'];
  return url
    ? {
        siteUrl: url,
        user: process.env['WORDPRESS_USER'] ?? 'editor',
        appPassword: process.env['WORDPRESS_APP_PASSWORD'] ?? '',
      }
    : undefined;
}

/** The test WordPress as the contract's tests use it; `url` is empty when none is running. */
export function wordpressSite(): { url: string; user: string; appPassword: string } {
  const found = wordpressFromEnv();
  return {
    url: found?.siteUrl ?? '',
    user: found?.user ?? 'editor',
    appPassword: found?.appPassword ?? '',
  };
}
