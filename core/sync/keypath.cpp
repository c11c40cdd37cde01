#include "keypath.h"

#include <QStringList>

namespace haul {

namespace {

bool isWindowsReserved(QStringView segment)
{
    // The device names are reserved with any extension too ("CON.txt"), in any case.
    const QStringView stem = segment.left(segment.indexOf(QLatin1Char('.')));
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                        QStringLiteral("AUX"), QStringLiteral("NUL")};
    for (const QString &d : devices) {
        if (stem.compare(d, Qt::CaseInsensitive) == 0)
            return true;
    }
    const bool numbered = stem.size() == 4 && stem.at(3) >= QLatin1Char('1')
        && stem.at(3) <= QLatin1Char('9');
    return numbered
        && (stem.left(3).compare(QLatin1String("COM"), Qt::CaseInsensitive) == 0
            || stem.left(3).compare(QLatin1String("LPT"), Qt::CaseInsensitive) == 0);
}

bool isWindowsForbidden(QChar c)
{
    return c.unicode() < 0x20 || QStringView(u"<>:\"|?*\\").contains(c);
}

} // namespace

QString keyIssueName(KeyIssue issue)
{
    switch (issue) {
    case KeyIssue::None: return QStringLiteral("None");
    case KeyIssue::FolderMarker: return QStringLiteral("FolderMarker");
    case KeyIssue::NotUnderPrefix: return QStringLiteral("NotUnderPrefix");
    case KeyIssue::AbsolutePath: return QStringLiteral("AbsolutePath");
    case KeyIssue::EmptySegment: return QStringLiteral("EmptySegment");
    case KeyIssue::DotSegment: return QStringLiteral("DotSegment");
    case KeyIssue::ParentSegment: return QStringLiteral("ParentSegment");
    case KeyIssue::InvalidCharacter: return QStringLiteral("InvalidCharacter");
    case KeyIssue::ReservedName: return QStringLiteral("ReservedName");
    case KeyIssue::NameTooLong: return QStringLiteral("NameTooLong");
    case KeyIssue::Collision: return QStringLiteral("Collision");
    case KeyIssue::LeavesDestination: return QStringLiteral("LeavesDestination");
    case KeyIssue::InTheWay: return QStringLiteral("InTheWay");
    }
    return QStringLiteral("Unknown");
}

NameRules hostNameRules()
{
#ifdef Q_OS_WIN
    return NameRules::Windows;
#else
    return NameRules::Posix;
#endif
}

KeyIssue checkSegment(QStringView segment, NameRules rules)
{
    if (segment.isEmpty())
        return KeyIssue::EmptySegment;
    if (segment == u".")
        return KeyIssue::DotSegment;
    if (segment == u"..")
        return KeyIssue::ParentSegment;
    if (segment.contains(QChar(0)) || segment.contains(QLatin1Char('/')))
        return KeyIssue::InvalidCharacter;
    if (rules == NameRules::Posix)
        return segment.toUtf8().size() > 255 ? KeyIssue::NameTooLong : KeyIssue::None;
    for (QChar c : segment) {
        if (isWindowsForbidden(c))
            return KeyIssue::InvalidCharacter;
    }
    if (segment.endsWith(QLatin1Char('.')) || segment.endsWith(QLatin1Char(' '))
        || isWindowsReserved(segment))
        return KeyIssue::ReservedName;
    return segment.size() > 255 ? KeyIssue::NameTooLong : KeyIssue::None;
}

KeyIssue checkRelativePath(QStringView path, NameRules rules)
{
    if (path.startsWith(QLatin1Char('/')))
        return KeyIssue::AbsolutePath;
    const bool windows = rules == NameRules::Windows;
    if (windows && (path.startsWith(QLatin1Char('\\'))
                    || (path.size() >= 2 && path.at(1) == QLatin1Char(':'))))
        return KeyIssue::AbsolutePath;
    KeyIssue worst = KeyIssue::None;
    for (QStringView segment : path.split(QLatin1Char('/'))) {
        const KeyIssue issue = checkSegment(segment, rules);
        if (issue == KeyIssue::ParentSegment)
            return issue; // the one that matters most: report it whatever else is wrong
        if (worst == KeyIssue::None)
            worst = issue;
    }
    return worst;
}

KeyPath localPathForKey(QStringView key, QStringView prefix, QStringView folderName,
                        NameRules rules)
{
    if (!key.startsWith(prefix))
        return {KeyIssue::NotUnderPrefix, {}};
    QStringView rel = key.mid(prefix.size());
    const bool marker = rel.isEmpty() || rel.endsWith(QLatin1Char('/'));
    if (marker && !rel.isEmpty())
        rel.chop(1);
    if (!rel.isEmpty()) {
        if (const KeyIssue issue = checkRelativePath(rel, rules); issue != KeyIssue::None)
            return {issue, {}};
    }
    QString path = folderName.toString();
    if (!path.isEmpty() && !rel.isEmpty())
        path += QLatin1Char('/');
    path += rel;
    return {marker ? KeyIssue::FolderMarker : KeyIssue::None, path};
}

QString folderNameForPrefix(QStringView prefix, QStringView bucket)
{
    QStringView p = prefix;
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p.isEmpty())
        return bucket.toString();
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1).toString();
}

QString folderPrefix(QStringView prefix)
{
    QStringView p = prefix;
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.isEmpty() ? QString() : p.toString() + QLatin1Char('/');
}

int compareKeys(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        // Move surrogates (0xD800–0xDFFF) above 0xE000–0xFFFF: code point order.
        auto rank = [](char16_t u) {
            return u >= 0xD800 ? (u >= 0xE000 ? u - 0x800 : u + 0x2000) : u;
        };
        return rank(x) < rank(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace haul
