#include "HostileReplies.h"

#include <zlib.h>

#include <array>

namespace cascade::test {

using Reply = LoopbackServer::Reply;

namespace {
Reply redirect(const QByteArray &location)
{
    Reply r;
    r.status = 302;
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}
} // namespace

QByteArray HostileReplies::gzipOfZeros(qint64 size)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY); // +16: gzip framing
    static std::array<Bytef, 1 << 16> zeros{};
    std::array<Bytef, 1 << 16> out{};
    QByteArray gz;
    for (qint64 left = size; left >= 0; left -= qint64(zeros.size())) {
        const bool last = left <= qint64(zeros.size());
        z.next_in = zeros.data();
        z.avail_in = uInt(last ? left : qint64(zeros.size()));
        do {
            z.next_out = out.data();
            z.avail_out = uInt(out.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            gz.append(reinterpret_cast<const char *>(out.data()), qsizetype(out.size() - z.avail_out));
        } while (z.avail_out == 0);
        if (last)
            break;
    }
    deflateEnd(&z);
    return gz;
}

Reply HostileReplies::reply(const QString &fault, quint16 port)
{
    const QByteArray self = "http://127.0.0.1:" + QByteArray::number(port);
    if (fault == QLatin1String("trickling body")) {
        Reply r = Reply::json(QByteArray(100'000, ' ') + "[]");
        r.trickleMs = 50;
        return r;
    }
    if (fault == QLatin1String("reset mid-body")) {
        Reply r = Reply::json("[" + QByteArray(200'000, ' ') + "]");
        r.resetMidBody = true;
        return r;
    }
    if (fault == QLatin1String("200 with HTML")) {
        Reply r = Reply::json("<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
                              "<body>Checking your browser</body></html>");
        r.headers = {qMakePair(QByteArray("Content-Type"), QByteArray("text/html"))};
        return r;
    }
    if (fault == QLatin1String("200 with wrong JSON"))
        return Reply::json(R"({"unexpected":{"shape":[1,2,3]},"data":"not an array","result":7})");
    if (fault == QLatin1String("enormous body"))
        return Reply::json("[" + QByteArray(3 << 20, ' ') + "]"); // 3 MiB against a 1 MiB cap
    if (fault == QLatin1String("gzip bomb")) {
        static const QByteArray bomb = gzipOfZeros(qint64(256) << 20); // 256 MiB of zeros in ~250 KiB
        Reply r = Reply::json(bomb);
        r.contentEncoding = "gzip";
        return r;
    }
    if (fault == QLatin1String("redirect loop"))
        return redirect(self + "/loop");
    if (fault == QLatin1String("redirect to file"))
        return redirect("file:///etc/passwd");
    if (fault == QLatin1String("redirect to ftp"))
        return redirect("ftp://127.0.0.1:" + QByteArray::number(port) + "/pub/x");
    if (fault == QLatin1String("429 storm")) {
        Reply r = Reply::json(R"({"code":-1003,"msg":"Too many requests"})", 429);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        return r;
    }
    qFatal("HostileReplies: unknown fault '%s'", qPrintable(fault));
}

} // namespace cascade::test
