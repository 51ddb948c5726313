# Shared by scripts/test, scripts/demo and scripts/lab: Debian 12 package names and a
# helper that installs only what is missing, so a fresh machine works and a prepared
# one does not touch the network.

LIFEBOAT_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
  qtkeychain-qt6-dev libssh2-1-dev libsodium-dev libzstd-dev libext2fs-dev libssl-dev zlib1g-dev ntfs-3g-dev
)
LIFEBOAT_LAB_PACKAGES=(
  golang-go golang-github-vmware-govmomi-dev
  openssh-server openssh-client e2fsprogs fdisk gdisk curl openssl python3 sshpass procps
)
LIFEBOAT_TEST_PACKAGES=(
  dpkg-dev file fonts-ipafont-gothic dbus-daemon gnome-keyring libsecret-1-0
  postgresql mariadb-server mariadb-client ntfs-3g poppler-utils
)

lifeboat_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

lifeboat_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ensure_packages PKG...: apt-get installs the packages that dpkg does not list as installed.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  lifeboat_log "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
