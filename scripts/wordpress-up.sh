#!/usr/bin/env bash
# Starts a private WordPress on 127.0.0.1 for the CMS integration tests, from Debian's
# packages: its own MariaDB (no networking, socket in the state folder) and PHP's built-in
# server. Prints the variables the tests read and writes them to $WP_STATE/env.
#   scripts/wordpress-up.sh && source /tmp/galley-wordpress/env && npm test
set -euo pipefail
STATE=${WP_STATE:-/tmp/galley-wordpress}
PORT=${WP_PORT:-8089}
HOST=127.0.0.1

if [ ! -f /usr/share/wordpress/wp-load.php ] || ! command -v mariadbd >/dev/null || ! command -v php >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "wordpress-up: install wordpress, php-cli, php-mysql, php-mbstring, php-xml, php-curl and mariadb-server first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends wordpress php-cli php-mysql php-mbstring php-xml php-curl mariadb-server >/dev/null
fi

"$(dirname "$0")/wordpress-down.sh" >/dev/null 2>&1 || true
rm -rf "$STATE"
mkdir -p "$STATE/uploads"
SOCK="$STATE/mysql.sock"

mariadb-install-db --no-defaults --datadir="$STATE/db" --user="$(id -un)" --auth-root-authentication-method=normal >"$STATE/db-install.log" 2>&1
setsid mariadbd --no-defaults --datadir="$STATE/db" --socket="$SOCK" --skip-networking --pid-file="$STATE/mysql.pid" --user="$(id -un)" >"$STATE/mysql.log" 2>&1 &
for _ in $(seq 1 60); do [ -S "$SOCK" ] && break; sleep 0.5; done
[ -S "$SOCK" ] || { echo "wordpress-up: MariaDB did not start; see $STATE/mysql.log" >&2; exit 1; }
mariadb --no-defaults --socket="$SOCK" -uroot -e "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"

# Debian's wp-config.php loads /etc/wordpress/config-<host>.php for the requested host.
cat >/etc/wordpress/config-$HOST.php <<PHP
<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$SOCK');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
// Application passwords over plain HTTP need a local environment, or Basic auth is ignored.
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
\$table_prefix = 'wp_';
PHP

cat >"$STATE/install.php" <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = getenv('WP_HOSTPORT');
$_SERVER['SERVER_NAME'] = '127.0.0.1';
define('WP_INSTALLING', true);
// No mail server here: the welcome mail is a no-op.
function wp_new_blog_notification() {}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Galley Test Newsroom', 'editor', 'editor@example.org', true, '', 'correct horse battery');
update_option('siteurl', 'http://' . getenv('WP_HOSTPORT'));
update_option('home', 'http://' . getenv('WP_HOSTPORT'));
update_option('permalink_structure', '/%postname%/');
$user = get_user_by('login', 'editor');
$created = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'galley-tests'));
echo $created[0];
PHP
APP_PASSWORD=$(WP_HOSTPORT="$HOST:$PORT" php "$STATE/install.php" 2>"$STATE/install.log" | tail -n 1)
[ -n "$APP_PASSWORD" ] || { echo "wordpress-up: install failed; see $STATE/install.log" >&2; exit 1; }

PHP_CLI_SERVER_WORKERS=4 setsid php -S "$HOST:$PORT" -t /usr/share/wordpress >"$STATE/php.log" 2>&1 &
echo $! >"$STATE/php.pid"
for _ in $(seq 1 40); do curl -fsS "http://$HOST:$PORT/wp-json/" >/dev/null 2>&1 && break; sleep 0.25; done

cat >"$STATE/env" <<ENV
export WORDPRESS_URL=http://$HOST:$PORT
export WORDPRESS_USER=editor
export WORDPRESS_APP_PASSWORD='$APP_PASSWORD'
ENV
cat "$STATE/env"
