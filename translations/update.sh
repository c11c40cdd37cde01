#!/usr/bin/env bash
# Brings translations/haul_*.ts up to date with the tr() strings in app/ and core/, then says
# per language how many entries are unfinished (and lists every problem). Run it after changing
# user-visible strings, translate what it lists (Qt Linguist: linguist translations/haul_de.ts,
# or by hand: fill the <translation> and drop type="unfinished"), and run it again until it
# prints "All translations are complete." The build compiles the .ts into the program.
#
#   translations/update.sh            # exit 0: complete; 1: something left to translate
#
# English (haul_en.ts) holds only the plural forms ("%n file(s)" → "1 file" / "3 files"); new
# ones are filled in automatically and may want a look. Strings no longer in the code are
# dropped (-no-obsolete). Needs lupdate from qt6-l10n-tools (LUPDATE=… to use another one).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -locations none -no-obsolete -pluralonly \
  app core -ts translations/haul_en.ts
python3 translations/tstool.py fill-english translations/haul_en.ts
for lang in de fr es; do
  "$LUPDATE" -silent -locations none -no-obsolete app core -ts "translations/haul_$lang.ts"
done
exec python3 translations/tstool.py check translations/haul_en.ts translations/haul_de.ts \
  translations/haul_fr.ts translations/haul_es.ts
