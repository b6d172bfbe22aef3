# shellcheck shell=bash
# The Debian packages DexFlow runs on: PostgreSQL, Tesseract with its English and orientation models, Leptonica,
# Poppler's PDF tools, DejaVu fonts for the PDFs DexFlow writes. The tests also need Dovecot (the IMAP server the e-mail
# capture tests talk to, which takes the notification tests' mail over LMTP from Postfix, their SMTP server), and
# Chromium with its WebDriver for the web application's browser tests (browsers cannot be downloaded here, so Selenium
# is pointed at Debian's).
DEXFLOW_PACKAGES=(postgresql tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd libtesseract5 liblept5 poppler-utils fonts-dejavu-core)
DEXFLOW_TEST_PACKAGES=(dovecot-imapd dovecot-lmtpd postfix chromium chromium-driver)

ensure_packages() { # package...
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} with apt-get (needs root)." >&2
    # The tests run Postfix instances of their own; the system's is left unconfigured, so it neither starts nor sends.
    if [[ " ${missing[*]} " == *" postfix "* ]]; then
      echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
    fi
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The OpenAPI linter the API tests run (Spectral, from npm, pinned in tools/openapi-lint/package-lock.json). Node.js
# comes from Debian when the machine has none.
ensure_openapi_linter() {
  command -v node >/dev/null && command -v npm >/dev/null || ensure_packages nodejs npm
  if [ ! -f tools/openapi-lint/node_modules/@stoplight/spectral-cli/dist/index.js ]; then
    echo "Installing the OpenAPI linter (npm ci in tools/openapi-lint)." >&2
    npm ci --prefix tools/openapi-lint --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

# The accessibility engine the browser tests inject into every page they visit (axe-core, from npm, pinned in
# tools/axe-core/package-lock.json).
ensure_axe_core() {
  command -v node >/dev/null && command -v npm >/dev/null || ensure_packages nodejs npm
  if [ ! -f tools/axe-core/node_modules/axe-core/axe.min.js ]; then
    echo "Installing axe-core (npm ci in tools/axe-core)." >&2
    npm ci --prefix tools/axe-core --no-audit --no-fund --loglevel=error >/dev/null
  fi
}
