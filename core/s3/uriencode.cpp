#include "uriencode.h"

namespace haul {

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
            || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            out.append(c);
            continue;
        }
        out.append('%');
        out.append(hex[u >> 4]);
        out.append(hex[u & 0xF]);
    }
    return out;
}

} // namespace haul
