#pragma once

// A fast path for the XML S3 services write: ASCII only, an optional
// <?xml version="1.0" encoding="UTF-8"?>, elements without namespace prefixes, one xmlns
// attribute on the root, the five predefined entities and printable character references.
// Anything else — and anything malformed — makes it give up (false), and the caller reads the
// document with QXmlStreamReader instead, which knows all of XML. ListObjectsV2 pages
// (encoding-type=url keeps them ASCII) read this way cost a fifth of QXmlStreamReader's time.

#include <algorithm>

#include <QAnyStringView>
#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <QVarLengthArray>

namespace haul::xmldetail {

/// Walks a document and tells `sink` about it: open(QAnyStringView name) for a start tag,
/// close() for an end tag (both return false to stop), and while wantsText() appends the
/// element's character data to text() (a QString&). Returns false when it gave up or the sink
/// stopped; true after a whole, well-formed document of the accepted shape.
class PlainXmlScanner {
public:
    explicit PlainXmlScanner(QByteArrayView body)
        : m_p(body.data())
        , m_end(body.data() + body.size())
    {
    }

    template <typename Sink>
    bool run(Sink &sink)
    {
        static constexpr QLatin1String Declaration("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        if (rest().startsWith("<?")) {
            if (!rest().startsWith(QByteArrayView(Declaration.data(), Declaration.size())))
                return false;
            m_p += Declaration.size();
        }
        for (;;) {
            if (!text(sink))
                return false;
            if (m_p == m_end)
                return m_open.isEmpty() && m_rootDone;
            ++m_p; // '<'
            if (m_p < m_end && *m_p == '/') {
                ++m_p;
                if (!endTag(sink))
                    return false;
            } else if (m_rootDone || !startTag(sink)) { // nothing may follow the root
                return false;
            }
        }
    }

private:
    QByteArrayView rest() const { return QByteArrayView(m_p, m_end - m_p); }
    static bool isNameStart(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    static bool isNameChar(char c)
    {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

    bool name(QLatin1String &out)
    {
        const char *start = m_p;
        if (m_p == m_end || !isNameStart(*m_p))
            return false;
        while (m_p < m_end && isNameChar(*m_p))
            ++m_p;
        out = QLatin1String(start, m_p - start);
        return true;
    }

    bool skipSpace()
    {
        const char *start = m_p;
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        return m_p > start;
    }

    /// xmlns="…" on the root, the only attribute taken.
    bool rootAttribute()
    {
        if (!rest().startsWith("xmlns=\""))
            return false;
        m_p += 7;
        while (m_p < m_end && *m_p != '"') {
            const uchar c = uchar(*m_p++);
            if (c < 0x20 || c >= 0x80 || c == '<' || c == '&')
                return false;
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        skipSpace();
        return true;
    }

    template <typename Sink>
    bool startTag(Sink &sink)
    {
        QLatin1String tag;
        if (!name(tag)) // also '<?', '<!' (comments, CDATA, DOCTYPE): given up
            return false;
        if (skipSpace() && m_open.isEmpty() && m_p < m_end && *m_p != '/' && *m_p != '>'
            && !rootAttribute())
            return false;
        const bool empty = m_p < m_end && *m_p == '/';
        m_p += empty ? 1 : 0;
        if (m_p == m_end || *m_p != '>')
            return false;
        ++m_p;
        m_open.append(tag);
        if (!sink.open(QAnyStringView(tag)))
            return false;
        return !empty || closeElement(sink);
    }

    template <typename Sink>
    bool endTag(Sink &sink)
    {
        QLatin1String tag;
        if (!name(tag) || m_p == m_end || *m_p != '>' || m_open.isEmpty() || m_open.last() != tag)
            return false;
        ++m_p;
        return closeElement(sink);
    }

    template <typename Sink>
    bool closeElement(Sink &sink)
    {
        m_open.removeLast();
        m_rootDone = m_open.isEmpty();
        return sink.close();
    }

    /// Character data up to the next '<' (only white space outside the root).
    template <typename Sink>
    bool text(Sink &sink)
    {
        const bool keep = sink.wantsText();
        const bool outside = m_open.isEmpty();
        const char *run = m_p;
        auto flush = [&] {
            if (keep && m_p > run)
                sink.text().append(QLatin1String(run, m_p - run));
        };
        while (m_p < m_end && *m_p != '<') {
            const uchar c = uchar(*m_p);
            if (c == '&') {
                flush();
                const int decoded = reference();
                if (decoded < 0 || outside)
                    return false;
                if (keep)
                    sink.text().append(QLatin1Char(char(decoded)));
                run = m_p;
                continue;
            }
            // '\r' would be normalised and "]]>" is not allowed: both given up, as is '>'
            if (c >= 0x80 || c == '\r' || c == '>' || (c < 0x20 && c != '\t' && c != '\n')
                || (outside && !isSpace(char(c))))
                return false;
            ++m_p;
        }
        flush();
        return true;
    }

    /// The character of the reference at m_p ('&'), printable ASCII, tab or line feed; -1
    /// for anything else.
    int reference()
    {
        const QByteArrayView r = rest();
        const qsizetype semi = r.first(std::min<qsizetype>(12, r.size())).indexOf(';');
        if (semi < 2)
            return -1;
        const QByteArrayView body = r.sliced(1, semi - 1);
        m_p += semi + 1;
        if (body == "amp")
            return '&';
        if (body == "lt")
            return '<';
        if (body == "gt")
            return '>';
        if (body == "quot")
            return '"';
        if (body == "apos")
            return '\'';
        if (!body.startsWith('#') || body.size() < 2)
            return -1;
        const bool hex = body.at(1) == 'x';
        const QByteArrayView digits = body.sliced(hex ? 2 : 1);
        int value = 0;
        for (char c : digits) {
            const int d = (c >= '0' && c <= '9') ? c - '0'
                : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (d < 0 || value > 0x10000)
                return -1;
            value = value * (hex ? 16 : 10) + d;
        }
        if (digits.isEmpty() || !(value == '\t' || value == '\n' || (value >= 0x20 && value < 0x7F)))
            return -1;
        return value;
    }

    const char *m_p;
    const char *m_end;
    QVarLengthArray<QLatin1String, 32> m_open;
    bool m_rootDone = false;
};

} // namespace haul::xmldetail
