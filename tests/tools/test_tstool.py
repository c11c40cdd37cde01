#!/usr/bin/env python3
"""translations/tstool.py check finds every kind of problem it promises to (and passes clean files).

    python3 tests/tools/test_tstool.py     # CTest: translations/tstool
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TSTOOL = os.path.join(HERE, '..', '..', 'translations', 'tstool.py')
LUPDATE = os.environ.get('LUPDATE', '/usr/lib/qt6/bin/lupdate')

MESSAGES = {  # language: (plain message, numerus message, mnemonic message)
    'de': ('Die Datei „%1“ fehlt.', ('%n Datei', '%n Dateien'), '&Datei'),
    'fr': ('Le fichier « %1 » manque.', ('%n fichier', '%n fichiers'), '&Fichier'),
    'es': ('Falta el archivo «%1».', ('%n archivo', '%n archivos'), '&Archivo'),
}


def ts(language, plain=None, forms=None, menu=None, kind='', extra=''):
    """A .ts file with three messages; arguments replace the good translations."""
    good = MESSAGES.get(language, ('The file “%1” is missing.', ('%n file', '%n files'), '&File'))
    plain = good[0] if plain is None else plain
    forms = good[1] if forms is None else forms
    menu = good[2] if menu is None else menu
    attr = f' type="{kind}"' if kind else ''
    numerus = ''.join(f'<numerusform>{f}</numerusform>' for f in forms)
    return f'''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Ctx</name>
    <message><source>The file “%1” is missing.</source><translation{attr}>{plain}</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation>{numerus}</translation></message>
    <message><source>&amp;File</source><translation>{menu.replace('&', '&amp;')}</translation></message>
    {extra}
</context>
</TS>
'''


class CheckTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.files = {}
        for lang in ('en', 'de', 'fr', 'es'):
            self.write(lang, ts(lang))

    def tearDown(self):
        shutil.rmtree(self.dir)

    def write(self, lang, text):
        path = os.path.join(self.dir, f'haul_{lang}.ts')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        self.files[lang] = path

    def check(self, *extra, env=None):
        run = subprocess.run([sys.executable, TSTOOL, 'check', *extra, *self.files.values()],
                             capture_output=True, text=True, env=env)
        return run.returncode, run.stdout + run.stderr

    def assertFails(self, needle):
        code, out = self.check()
        self.assertEqual(code, 1, out)
        self.assertIn(needle, out)

    def test_clean_files_pass(self):
        code, out = self.check()
        self.assertEqual(code, 0, out)
        self.assertIn('All translations are complete.', out)

    def test_unfinished(self):
        self.write('fr', ts('fr', plain='', kind='unfinished'))
        self.assertFails('haul_fr.ts [Ctx] "The file “%1” is missing.": unfinished')

    def test_vanished_and_obsolete(self):
        for kind in ('vanished', 'obsolete'):
            self.write('de', ts('de', kind=kind))
            self.assertFails(f'{kind} (no longer in the code)')

    def test_placeholder_lost(self):
        self.write('es', ts('es', plain='Falta el archivo.'))
        self.assertFails("placeholders [] in \"Falta el archivo.\", the source has ['%1']")

    def test_placeholder_added(self):
        self.write('de', ts('de', plain='Die Datei „%1“ fehlt (%2).'))
        self.assertFails("placeholders ['%1', '%2']")

    def test_plural_form_without_n(self):
        self.write('fr', ts('fr', forms=('un fichier', '%n fichiers')))
        self.assertFails("placeholders [] in \"un fichier\", the source has ['%n']")

    def test_wrong_number_of_plural_forms(self):
        self.write('es', ts('es', forms=('%n archivo', '%n archivos', '%n archivos')))
        self.assertFails('3 plural forms, the language has 2')

    def test_empty_plural_form(self):
        self.write('de', ts('de', forms=('%n Datei', '')))
        self.assertFails('empty translation')

    def test_lost_mnemonic(self):
        self.write('de', ts('de', menu='Datei'))
        self.assertFails('the source has a mnemonic (&), "Datei" has none')

    def test_double_ampersand_is_no_mnemonic(self):
        self.write('de', ts('de', menu='Datei && &Ordner'))
        self.assertEqual(self.check()[0], 0)
        self.write('de', ts('de', menu='Datei && Ordner'))
        self.assertFails('has none')

    def test_entry_missing_in_one_language(self):
        extra = '<message><source>Only here</source><translation>Nur hier</translation></message>'
        self.write('de', ts('de', extra=extra))
        self.assertFails('haul_fr.ts lacks [Ctx] "Only here" (in haul_de.ts)')

    def test_missing_language_file(self):
        os.remove(self.files.pop('es'))
        self.assertFails('missing: haul_es.ts')

    @unittest.skipUnless(os.path.exists(LUPDATE), 'lupdate (qt6-l10n-tools) is not installed')
    def test_lupdate_finds_a_new_string_and_a_removed_one(self):
        # a source tree whose code has one string the .ts files lack and lacks all of theirs
        root = os.path.join(self.dir, 'tree')
        os.makedirs(os.path.join(root, 'app'))
        os.makedirs(os.path.join(root, 'core'))
        with open(os.path.join(root, 'app', 'x.cpp'), 'w') as f:
            f.write('#include <QCoreApplication>\n'
                    'QString f() { return QCoreApplication::translate("Ctx", "A new string"); }\n')
        env = dict(os.environ, TSTOOL_ROOT=root, LUPDATE=LUPDATE)
        code, out = self.check('--lupdate', env=env)
        self.assertEqual(code, 1, out)
        self.assertIn('haul_de.ts [Ctx] "A new string": unfinished', out)
        self.assertIn('haul_fr.ts [Ctx] "The file “%1” is missing.": vanished', out)
        # the files themselves are untouched: lupdate ran on copies
        with open(self.files['de'], encoding='utf-8') as f:
            self.assertNotIn('A new string', f.read())


if __name__ == '__main__':
    unittest.main()
