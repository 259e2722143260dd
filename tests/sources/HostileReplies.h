#pragma once

#include "LoopbackServer.h"

#include <QString>

namespace cascade::test {

// The replies of a hostile or broken server, by the fault matrix's names (tst_hostile_servers):
// "trickling body", "reset mid-body", "200 with HTML", "200 with wrong JSON", "enormous body",
// "gzip bomb", "redirect loop", "redirect to file", "redirect to ftp", "429 storm".
class HostileReplies
{
public:
    // `port`: the loopback server's own port (redirect targets point back at it).
    static LoopbackServer::Reply reply(const QString &fault, quint16 port);
    // `size` zero bytes, gzip-compressed (about 1000:1), built without holding them in memory.
    static QByteArray gzipOfZeros(qint64 size);
};

} // namespace cascade::test
