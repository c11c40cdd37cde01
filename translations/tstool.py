#!/usr/bin/env python3
"""Checks and fills Haul's Qt Linguist files (translations/haul_<lang>.ts).

  tstool.py check [--lupdate] [TS…]   report every problem; exit 1 if there is one
  tstool.py fill-english haul_en.ts    English plural forms from "%n file(s)" sources

`check` fails on: unfinished or empty translations, obsolete or vanished entries, a language
whose entries differ from the others', numerus entries without the language's number of forms,
placeholders (%1…%9, %L1, %n, %Ln) that differ between source and translation, and a lost
mnemonic (the source has "&X", the translation no "&"). With --lupdate it first runs lupdate
over app/ and core/ into a temporary copy (keeping obsolete entries as "vanished"), so a tr()
string added to the code without a translation fails, and so does one that was removed.
translations/update.sh runs lupdate for real, then `check`. CTest: translations/complete.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get('TSTOOL_ROOT', os.path.dirname(HERE))  # tests point it at a fake tree
LUPDATE = os.environ.get('LUPDATE', '/usr/lib/qt6/bin/lupdate')
SOURCES = ['app', 'core']
# numerus forms per language (Qt's rules: de, en, es: one / other; fr: 0 and 1 / other)
FORMS = {'en': 2, 'de': 2, 'fr': 2, 'es': 2}
PLACEHOLDER = re.compile(r'%L?(?:[1-9]|n)')


def lupdate(ts, obsolete):
    """Runs lupdate over app/ and core/ into `ts` (English: plural forms only)."""
    args = [LUPDATE, '-locations', 'none', '-silent']
    if not obsolete:
        args.append('-no-obsolete')
    if language_of(ts) == 'en':
        args.append('-pluralonly')
    subprocess.run(args + SOURCES + ['-ts', ts], cwd=ROOT, check=True)


def language_of(ts):
    return re.sub(r'^haul_|\.ts$', '', os.path.basename(ts))


def mnemonic(text):
    """True when the text has a keyboard mnemonic: "&x", not "&&"."""
    return re.search(r'(?<!&)&(?!&)[^\s&]', text.replace('&&', '')) is not None


def message_problems(where, message, forms):
    source = message.findtext('source') or ''
    translation = message.find('translation')
    kind = translation.get('type', '')
    if kind in ('obsolete', 'vanished'):
        return [f'{where}: {kind} (no longer in the code): run translations/update.sh']
    if kind == 'unfinished':
        return [f'{where}: unfinished']
    if message.get('numerus') == 'yes':
        texts = [f.text or '' for f in translation.findall('numerusform')]
        if len(texts) != forms:
            return [f'{where}: {len(texts)} plural forms, the language has {forms}']
    else:
        texts = [translation.text or '']
    problems = []
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for text in texts:
        if not text:
            problems.append(f'{where}: empty translation')
            continue
        got = sorted(set(PLACEHOLDER.findall(text)))
        if got != wanted:
            problems.append(f'{where}: placeholders {got} in "{text}", the source has {wanted}')
        if mnemonic(source) and not mnemonic(text):
            problems.append(f'{where}: the source has a mnemonic (&), "{text}" has none')
    return problems


def entries(ts):
    """(key, message) for every message; the key is context, source and disambiguation."""
    for context in ET.parse(ts).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            key = (name, message.findtext('source'), message.findtext('comment') or '')
            yield key, message


def check_file(ts):
    """Problems of one file, its keys and its number of unfinished entries."""
    lang = language_of(ts)
    forms = FORMS.get(lang, 2)
    problems, keys, unfinished = [], set(), 0
    for key, message in entries(ts):
        keys.add(key)
        source = key[1].replace('\n', '\\n')
        where = f'haul_{lang}.ts [{key[0]}] "{source[:70]}"'
        found = message_problems(where, message, forms)
        unfinished += any(p.endswith(': unfinished') for p in found)
        problems += found
    return problems, keys, unfinished


def check(files):
    problems, reference = [], None
    print(f'{"language":<10}{"entries":>8}{"unfinished":>12}{"other problems":>16}')
    for ts in files:
        found, keys, unfinished = check_file(ts)
        lang = language_of(ts)
        print(f'{lang:<10}{len(keys):>8}{unfinished:>12}{len(found) - unfinished:>16}')
        problems += found
        if lang == 'en':
            continue  # English holds the plural forms only
        if reference is None:
            reference = (lang, keys)
        elif keys != reference[1]:
            for key in sorted(reference[1] - keys):
                problems.append(f'haul_{lang}.ts lacks [{key[0]}] "{key[1]}" (in haul_{reference[0]}.ts)')
            for key in sorted(keys - reference[1]):
                problems.append(f'haul_{lang}.ts has [{key[0]}] "{key[1]}", haul_{reference[0]}.ts not')
    for problem in problems:
        print(problem)
    print(f'{len(problems)} problem(s)' if problems else 'All translations are complete.')
    return 1 if problems else 0


def fill_english(ts):
    """Fills unfinished English plural forms: "%n file(s)" → "%n file" / "%n files"."""
    text = open(ts, encoding='utf-8').read()

    def fill(m):
        source = html.unescape(m.group(1))
        one = re.sub(r'\(s\)', '', source)
        many = re.sub(r'(\w)\(s\)', r'\1s', source)
        esc = lambda t: t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        return (f'<source>{m.group(1)}</source>\n        <translation>\n'
                f'            <numerusform>{esc(one)}</numerusform>\n'
                f'            <numerusform>{esc(many)}</numerusform>\n        </translation>')

    # lupdate leaves the forms empty, or copies them from the same source in another context
    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*'
                  r'(?:<numerusform>[^<]*</numerusform>\s*)+</translation>',
                  fill, text, flags=re.S)
    open(ts, 'w', encoding='utf-8').write(text)


def main(argv):
    if len(argv) >= 2 and argv[0] == 'fill-english':
        fill_english(argv[1])
        return 0
    if not argv or argv[0] != 'check':
        print(__doc__)
        return 2
    fresh = '--lupdate' in argv
    files = [a for a in argv[1:] if a != '--lupdate']
    files = files or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith('.ts'))
    missing = [f'haul_{lang}.ts' for lang in FORMS
               if not any(language_of(f) == lang for f in files)]
    if missing:
        print('missing: ' + ', '.join(missing))
        return 1
    if not fresh:
        return check(files)
    with tempfile.TemporaryDirectory() as tmp:
        copies = [shutil.copy(f, tmp) for f in files]
        for copy in copies:
            lupdate(copy, obsolete=True)
        print('(lupdate ran over app/ and core/ into a temporary copy)')
        return check(copies)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
