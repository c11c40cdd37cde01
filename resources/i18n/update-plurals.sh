#!/usr/bin/env bash
# Regenerates haul_en.ts: the English plural forms of every "%n …(s)" string in app/.
# Qt shows "3 file(s)" unless a translation supplies "3 files"; run this after adding a tr()
# with %n. Needs Qt's lupdate (qt6-l10n-tools).
set -euo pipefail
cd "$(dirname "$0")/../.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
rm -f resources/i18n/haul_en.ts
"$LUPDATE" -pluralonly -locations none -no-obsolete app -ts resources/i18n/haul_en.ts
python3 - resources/i18n/haul_en.ts <<'PY'
import html, re, sys
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
def fill(m):
    source = html.unescape(m.group(1))
    one = re.sub(r'\(s\)', '', source)
    many = re.sub(r'(\w)\(s\)', r'\1s', source)
    esc = lambda t: t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return ('<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n'
            '            <numerusform>%s</numerusform>\n        </translation>' % (m.group(1), esc(one), esc(many)))
text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>'
              r'\s*<numerusform></numerusform>\s*</translation>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
PY
