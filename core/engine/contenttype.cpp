#include "contenttype.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace haul {

namespace {

/// The shared MIME database's glob patterns that look at more than the extension (32 of about
/// 1,100 here), sorted by kind so that checking a name against all of them is cheap.
class NamePatterns {
public:
    NamePatterns()
    {
        const QStringList dirs = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                           QStringLiteral("mime"),
                                                           QStandardPaths::LocateDirectory);
        for (const QString &dir : dirs) {
            QFile globs(dir + QLatin1String("/globs2")); // weight:type:pattern[:flags]
            if (!globs.open(QIODevice::ReadOnly | QIODevice::Text))
                return; // a database we cannot read: nothing is remembered
            while (!globs.atEnd()) {
                const QString line = QString::fromUtf8(globs.readLine()).trimmed();
                const QStringList fields = line.split(u':');
                if (!line.startsWith(u'#') && fields.size() >= 3)
                    add(fields.at(2));
            }
        }
        m_usable = !dirs.isEmpty();
    }

    /// False: some pattern other than a plain "*.ext" may match the name (case ignored: at
    /// worst a name is looked up when it need not be), or the patterns are unknown.
    bool extensionDecides(const QString &name) const
    {
        if (!m_usable)
            return false;
        const QString lower = name.toLower();
        if (m_literals.contains(lower))
            return false;
        for (const QString &p : m_prefixes) {
            if (lower.startsWith(p))
                return false;
        }
        for (const QRegularExpression &re : m_others) {
            if (re.match(name).hasMatch())
                return false;
        }
        return true;
    }

private:
    static bool isWild(QStringView s)
    {
        return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
    }

    void add(const QString &glob)
    {
        if (glob.startsWith(QLatin1String("*.")) && !isWild(QStringView(glob).mid(2)))
            return; // a plain extension: the same for every name with that extension
        if (!isWild(glob))
            m_literals.insert(glob.toLower());
        else if (glob.endsWith(u'*') && !isWild(QStringView(glob).chopped(1)))
            m_prefixes.append(glob.chopped(1).toLower());
        else
            m_others.append(QRegularExpression::fromWildcard(glob, Qt::CaseInsensitive));
    }

    bool m_usable = false;
    QSet<QString> m_literals;           ///< whole names, lower-case
    QStringList m_prefixes;             ///< "README*" as "readme"
    QList<QRegularExpression> m_others; ///< the rest ("*.[1-9]", "*~"), compiled once
};

} // namespace

QByteArray contentTypeForFile(const QString &path)
{
    static const QMimeDatabase mimes;
    static const NamePatterns patterns;
    thread_local QHash<QString, QByteArray> byExtension; // ".tar.gz" → type; case kept
    const QString name = QFileInfo(path).fileName();
    auto lookUp = [&name] {
        return mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toUtf8();
    };
    if (!patterns.extensionDecides(name))
        return lookUp();
    // Every plain "*.ext" pattern that matches the name matches from one of its dots on: the
    // part from the first dot decides.
    const qsizetype dot = name.indexOf(u'.');
    const QString extension = dot < 0 ? QString() : name.mid(dot);
    auto it = byExtension.constFind(extension);
    if (it == byExtension.cend())
        it = byExtension.insert(extension, lookUp());
    return *it;
}

} // namespace haul
