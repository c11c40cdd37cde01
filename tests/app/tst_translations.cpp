// Languages at run time: each translation really translates the real window (menus, plural
// forms), Qt's own strings come from qtbase_<lang>.qm, the override in Settings wins over the
// system language and also formats sizes, speeds, times and dates, and mnemonics stay unique in
// every menu and dialog. (That every string is translated at all is translations/complete.)
#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

#include "../app/guitest.h"
#include "haulprocess.h"
#include "accountdialog.h"
#include "errortext.h"
#include "firstrun.h"
#include "format.h"
#include "settingsdialog.h"
#include "sharedialog.h"

using namespace haul;
using namespace haul::test;

namespace {

/// The mnemonic letter of a label ("&File" → 'f', "Save && quit" → none), lower case.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// Texts whose mnemonic letter another text of the list already uses.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter))
            found.append(seen.value(letter) + QStringLiteral(" / ") + text);
        seen.insert(letter, text);
    }
    return found;
}

/// The labels, buttons and group boxes of a dialog that the user can reach (not hidden).
QStringList dialogTexts(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(dialog))
            texts.append(label->text());
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(dialog))
            texts.append(button->text());
    for (QGroupBox *group : dialog->findChildren<QGroupBox *>())
        if (group->isCheckable())
            texts.append(group->title());
    return texts;
}

QString menuTitle(MainWindow &window, int index)
{
    return window.menuBar()->actions().value(index)->text();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { installTranslators(QCoreApplication::instance()); } // the system's again

    void chooseLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no override: the system's") << QString() << QStringLiteral("fr_CA") << QStringLiteral("fr_CA");
        QTest::newRow("override") << QStringLiteral("de") << QStringLiteral("en_US") << QStringLiteral("de_DE");
        QTest::newRow("override in the system's language keeps its country")
            << QStringLiteral("de") << QStringLiteral("de_AT") << QStringLiteral("de_AT");
        QTest::newRow("English on a Spanish desktop") << QStringLiteral("en") << QStringLiteral("es_ES")
                                                      << QStringLiteral("en_US");
    }
    void chooseLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(haul::chooseLocale(language, QLocale(system)).name(), expected);
    }

    void eachLanguageTranslatesTheRealWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Konto")}
                            << QStringLiteral("Abbrechen");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QString::fromUtf8("É&dition"),
                                           QStringLiteral("&Compte")}
                            << QStringLiteral("Annuler");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                                           QStringLiteral("&Cuenta")}
                            << QStringLiteral("Cancelar");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Account")}
                            << QStringLiteral("Cancel");
    }
    void eachLanguageTranslatesTheRealWindow()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, cancel);
        AppFixture app;
        QCOMPARE(installTranslators(QCoreApplication::instance(), language), language);
        MainWindow window(app.context());
        for (int i = 0; i < menus.size(); ++i)
            QCOMPARE(menuTitle(window, i), menus.at(i));
        // Qt's own strings: qtbase_<lang>.qm from QLibraryInfo::TranslationsPath (qt6-translations-l10n)
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
    }

    void pluralFormsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 file uploaded");
        QTest::newRow("en 3") << QStringLiteral("en") << 3 << QStringLiteral("3 files uploaded");
        QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Datei hochgeladen");
        QTest::newRow("de 3") << QStringLiteral("de") << 3 << QStringLiteral("3 Dateien hochgeladen");
        QTest::newRow("fr 0 is singular") << QStringLiteral("fr") << 0 << QString::fromUtf8("0 fichier envoyé");
        QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QString::fromUtf8("1 fichier envoyé");
        QTest::newRow("fr 2") << QStringLiteral("fr") << 2 << QString::fromUtf8("2 fichiers envoyés");
        QTest::newRow("es 0 is plural") << QStringLiteral("es") << 0 << QStringLiteral("0 archivos subidos");
        QTest::newRow("es 1") << QStringLiteral("es") << 1 << QStringLiteral("1 archivo subido");
    }
    void pluralFormsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        installTranslators(QCoreApplication::instance(), language);
        QCOMPARE(QCoreApplication::translate("haul::Notifier", "%n file(s) uploaded", nullptr, count), expected);
    }

    void errorTextsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    // Every error's sentence (with and without what it concerns) and next step is translated:
    // the texts are marked for lupdate where they are written, and were once not extracted.
    void errorTextsFollowTheLanguage()
    {
        QFETCH(QString, language);
        auto texts = [](ErrorCode code) {
            return QStringList{errorSentence(Error(code, QStringLiteral("X"))), errorSentence(Error(code)),
                               errorNextStep(Error(code))};
        };
        installTranslators(QCoreApplication::instance(), QStringLiteral("en"));
        QList<QStringList> english;
        for (int c = 0; c <= int(ErrorCode::Unknown); ++c)
            english.append(texts(ErrorCode(c)));
        installTranslators(QCoreApplication::instance(), language);
        for (int c = 0; c <= int(ErrorCode::Unknown); ++c) {
            const QStringList translated = texts(ErrorCode(c));
            for (int i = 0; i < translated.size(); ++i)
                QVERIFY2(translated[i] != english[c][i], qPrintable(errorCodeName(ErrorCode(c)) + QLatin1String(": ") + translated[i]));
        }
        QCOMPARE(errorSentence(Error(ErrorCode::NoSuchBucket, QStringLiteral("X"))).contains(QLatin1String("X")), true);
    }

    void theOverrideFormatsForItsLanguage()
    {
        // What runApplication() does with the language stored by the Settings dialog.
        AppFixture app;
        Preferences p = app.preferences.preferences();
        p.language = QStringLiteral("de");
        app.preferences.setPreferences(p);
        const qint64 size = 3 * 512 * 1024 * 1024LL; // 1.5 GiB
        installTranslators(QCoreApplication::instance(), QStringLiteral("en"));
        const QString english = format::size(size);
        installTranslators(QCoreApplication::instance(), AppSettings(&app.settings).preferences().language);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(format::size(size), QStringLiteral("1,50 GiB"));
        QVERIFY2(english != format::size(size), qPrintable(english));
        QCOMPARE(format::speed(1.5 * 1024 * 1024), QStringLiteral("1,50 MiB/s"));
        QCOMPARE(format::duration(3 * 3600 + 20 * 60), QStringLiteral("etwa 3 Stunden 20 Minuten"));
        // the share dialog's expiry date: its format is translated, the names come from QLocale
        const QString dateFormat = QCoreApplication::translate("haul::ShareDialog", "dddd d MMMM");
        QCOMPARE(QLocale().toString(QDate(2026, 12, 1), dateFormat), QStringLiteral("Dienstag, 1. Dezember"));
        // back to following the system: its locale is the default again
        installTranslators(QCoreApplication::instance());
        QCOMPARE(QLocale(), QLocale::system());
    }

    void theProgramSpeaksTheStoredLanguage_data()
    {
        QTest::addColumn<QString>("stored"); // Settings › Language ("" = system language)
        QTest::addColumn<QString>("system"); // LANG
        QTest::addColumn<QString>("expected");
        QTest::newRow("override de on an English desktop")
            << QStringLiteral("de") << QStringLiteral("C.UTF-8") << QStringLiteral("haul: --download braucht --to ORDNER");
        QTest::newRow("override fr on a Spanish desktop") << QStringLiteral("fr") << QStringLiteral("es_ES.UTF-8")
                                                         << QStringLiteral("haul\u00a0: --download demande --to DOSSIER");
        QTest::newRow("override en on a German desktop") << QStringLiteral("en") << QStringLiteral("de_DE.UTF-8")
                                                        << QStringLiteral("haul: --download needs --to FOLDER");
        QTest::newRow("system language: Spanish") << QString() << QStringLiteral("es_ES.UTF-8")
                                                  << QStringLiteral("haul: --download necesita --to CARPETA");
    }
    void theProgramSpeaksTheStoredLanguage()
    {
        // The real program, with the preference where the Settings dialog stores it.
        QFETCH(QString, stored);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QTemporaryDir home;
        {
            QSettings settings(home.filePath(QStringLiteral(".config/Haul/Haul.conf")), QSettings::IniFormat);
            AppSettings preferences(&settings);
            Preferences p = preferences.preferences();
            p.language = stored;
            preferences.setPreferences(p);
        }
        QProcess haul;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), system);
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        haul.setProcessEnvironment(env);
        haul.setProcessChannelMode(QProcess::MergedChannels);
        haul.start(haulProgram(), {QStringLiteral("--download"), QStringLiteral("s3://bucket/key")});
        QVERIFY2(haul.waitForFinished(60000), qPrintable(haulProgram()));
        const QString out = QString::fromUtf8(haul.readAll());
        QCOMPARE(haul.exitCode(), 2);
        QVERIFY2(out.startsWith(expected), qPrintable(out));
    }

    void followsTheSystemLanguage()
    {
        // QLocale::system() is read once per process: ask a second run of this test under French.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr:en"));
        env.insert(QStringLiteral("HAUL_TRANSLATIONS_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("systemLanguageChild")});
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestTranslations::systemLanguageChild")), qPrintable(out));
    }

    void systemLanguageChild()
    {
        if (qEnvironmentVariableIsEmpty("HAUL_TRANSLATIONS_CHILD"))
            QSKIP("runs in the child process of followsTheSystemLanguage");
        QCOMPARE(QLocale::system().language(), QLocale::French);
        AppFixture app; // installs the translators for the system's language, as the program does
        QCOMPARE(installTranslators(QCoreApplication::instance()), QStringLiteral("fr"));
        MainWindow window(app.context());
        QCOMPARE(menuTitle(window, 0), QStringLiteral("&Fichier"));
        QCOMPARE(format::size(3 * 512 * 1024 * 1024LL), QStringLiteral("1,50 Gio"));
    }

    void mnemonicsAreUniqueInEveryMenuAndDialog_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : translatedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void mnemonicsAreUniqueInEveryMenuAndDialog()
    {
        QFETCH(QString, language);
        AppFixture app;
        installTranslators(QCoreApplication::instance(), language);
        MainWindow window(app.context());
        QStringList titles;
        for (QAction *menuAction : window.menuBar()->actions()) {
            titles.append(menuAction->text());
            QStringList items;
            for (QAction *item : menuAction->menu()->actions())
                items.append(item->text());
            QVERIFY2(clashes(items).isEmpty(), qPrintable(clashes(items).join(QStringLiteral("; "))));
        }
        QVERIFY2(clashes(titles).isEmpty(), qPrintable(clashes(titles).join(QStringLiteral("; "))));
        SettingsDialog settings(&app.preferences);
        QVERIFY2(clashes(dialogTexts(&settings)).isEmpty(),
                 qPrintable(clashes(dialogTexts(&settings)).join(QStringLiteral("; "))));
        AccountDialog account(&app.accounts, &app.buckets);
        QVERIFY2(clashes(dialogTexts(&account)).isEmpty(),
                 qPrintable(clashes(dialogTexts(&account)).join(QStringLiteral("; "))));
        ShareDialog share(&app.buckets, QStringLiteral("account"), QStringLiteral("bucket"), QStringLiteral("key"));
        QVERIFY2(clashes(dialogTexts(&share)).isEmpty(),
                 qPrintable(clashes(dialogTexts(&share)).join(QStringLiteral("; "))));
        // the first-run assistant's account page, with the wizard's own Next / Back buttons
        FirstRunWizard wizard(&app.accounts, &app.buckets);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY2(clashes(dialogTexts(&wizard)).isEmpty(),
                 qPrintable(clashes(dialogTexts(&wizard)).join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
