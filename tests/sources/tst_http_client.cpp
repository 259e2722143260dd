// The HTTP client, rate limiter and retry policy against a scripted server on 127.0.0.1.
#include "LoopbackServer.h"

#include "sources/BinanceParser.h"
#include "sources/CurlGlobal.h"
#include "sources/HttpClient.h"
#include "sources/RequestExecutor.h"

#include <QTest>

#include <thread>

using namespace cascade;
using cascade::test::LoopbackServer;
using Reply = LoopbackServer::Reply;
using Failure = HttpResponse::Failure;

namespace {

HttpRequest requestTo(const LoopbackServer &server, const QString &path)
{
    return {QUrl(server.baseUrl() + path), {}};
}

// Quick retries so the suite stays fast; the policy's arithmetic is tested on its own below.
RequestExecutor quickExecutor(int maxAttempts, HttpClient::Options options = {})
{
    RetryPolicy::Options retry;
    retry.maxAttempts = maxAttempts;
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 100;
    RequestExecutor executor(HttpClient(options), RetryPolicy(retry),
                             std::make_shared<RateLimiter>(1000, 1000));
    executor.setJitterSource([] { return 0.5; });
    return executor;
}

// A handler that plays replies in order and repeats the last one.
LoopbackServer::Handler script(QList<Reply> replies)
{
    auto state = std::make_shared<QList<Reply>>(std::move(replies));
    return [state](const LoopbackServer::Request &) {
        return state->size() > 1 ? state->takeFirst() : state->first();
    };
}

Reply withHeader(Reply reply, QByteArray name, QByteArray value)
{
    reply.headers.append(qMakePair(std::move(name), std::move(value)));
    return reply;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    CurlGlobal m_curl;

private slots:
    void getReturnsStatusHeadersAndDecodedBody()
    {
        Reply reply = withHeader(Reply::json(R"({"ok":true})"), "Retry-After", "7");
        reply.deflate = true;
        LoopbackServer server(script({reply}));
        HttpRequest request = requestTo(server, QStringLiteral("/fapi/v1/klines?symbol=BTCUSDT&limit=1500"));
        request.headers.append(qMakePair(QByteArray("CG-API-KEY"), QByteArray("secret")));
        const HttpResponse response = HttpClient().get(request);
        QVERIFY2(response.ok(), qPrintable(response.errorText));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(response.header("Retry-After"), QByteArray("7"));
        QCOMPARE(response.retryAfterMs(0), std::optional<qint64>(7000));
        const auto seen = server.requests().at(0);
        QCOMPARE(seen.target, QByteArray("/fapi/v1/klines?symbol=BTCUSDT&limit=1500"));
        QCOMPARE(seen.headers.value("cg-api-key"), QByteArray("secret"));
        QVERIFY2(seen.headers.value("user-agent").startsWith("Cascade/0.1.0"),
                 seen.headers.value("user-agent"));
        QVERIFY(seen.headers.value("accept-encoding").contains("deflate"));
    }

    void retriesAfter429HonouringRetryAfter()
    {
        LoopbackServer server(
            script({withHeader(Reply::json("{}", 429), "Retry-After", "1"), Reply::json("[]")}));
        const auto result = quickExecutor(3).execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->status, 200);
        QCOMPARE(server.requestCount(), 2);
    }

    void retriesServerErrorsThenSucceeds()
    {
        LoopbackServer server(
            script({Reply::json("", 503), Reply::json("<html>bad gateway</html>", 502), Reply::json("[1]")}));
        auto executor = quickExecutor(5);
        const auto result = executor.execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->body, QByteArray("[1]"));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(executor.attemptsSent(), qint64(3));
    }

    void serverErrorsGiveUpAfterMaxAttempts()
    {
        LoopbackServer server(script({Reply::json("", 503)}));
        const auto result =
            quickExecutor(3).execute(requestTo(server, QStringLiteral("/fapi/v1/klines")), 1, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("/fapi/v1/klines")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("HTTP 503")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("gave up after 3 attempts")),
                 qPrintable(result.error()));
        QCOMPARE(server.requestCount(), 3);
    }

    void timeoutIsRetriedThenReported()
    {
        Reply slow = Reply::json("[]");
        slow.delayMs = 3000;
        LoopbackServer server(script({slow}));
        HttpClient::Options options;
        options.totalTimeoutMs = 300;
        const auto result =
            quickExecutor(2, options).execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("timed out")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("gave up after 2 attempts")),
                 qPrintable(result.error()));
        QCOMPARE(server.requestCount(), 2);
    }

    void bannedOrBlockedStopsAtOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("418 banned") << 418 << QStringLiteral("banned this IP");
        QTest::newRow("403 blocked") << 403 << QStringLiteral("region");
        QTest::newRow("451 legal") << 451 << QStringLiteral("region");
    }

    void bannedOrBlockedStopsAtOnce()
    {
        QFETCH(int, status);
        QFETCH(QString, says);
        LoopbackServer server(script({Reply::json(R"({"code":-1003})", status)}));
        const auto result = quickExecutor(5).execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(says), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("proxy")), qPrintable(result.error()));
        QCOMPARE(server.requestCount(), 1);
    }

    void truncatedBodyIsReported()
    {
        Reply cut = Reply::json(R"([[1786816800000,"63043.40"]])");
        cut.declaredLength = cut.body.size() + 100;
        LoopbackServer server(script({cut}));
        const HttpResponse direct = HttpClient().get(requestTo(server, QStringLiteral("/x")));
        QCOMPARE(direct.failure, Failure::Truncated);
        const auto result = quickExecutor(2).execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("truncated")), qPrintable(result.error()));
    }

    void malformedBodyIsTheParsersToName()
    {
        LoopbackServer server(script({Reply::json(R"([[1786816800000,"1",}]])")}));
        const auto response = quickExecutor(1).execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY(response.ok());
        const auto parsed = BinanceParser::klines(response->body.toStdString(), 0);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(QStringLiteral("binance /fapi/v1/klines: malformed JSON")),
                 qPrintable(parsed.error()));
    }

    void oversizeBodyIsRefusedWithoutRetry()
    {
        const QByteArray big(5000, 'x');
        Reply undeclared = Reply::json(big);
        undeclared.declaredLength = -1;
        undeclared.deflate = true; // decoded size counts: a compressed bomb is caught too
        LoopbackServer server(script({undeclared}));
        HttpClient::Options options;
        options.maxBodyBytes = 1000;
        const auto result =
            quickExecutor(3, options).execute(requestTo(server, QStringLiteral("/x")), 1, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("larger than the 1000-byte cap")),
                 qPrintable(result.error()));
        QCOMPARE(server.requestCount(), 1);
        server.setHandler(script({Reply::json(big)})); // declared Content-Length over the cap
        QCOMPARE(HttpClient(options).get(requestTo(server, QStringLiteral("/x"))).failure, Failure::TooLarge);
    }

    void cancellationMidTransfer()
    {
        Reply stalled = Reply::json(QByteArray(10000, ' '));
        stalled.stallMidBody = true;
        LoopbackServer server(script({stalled}));
        std::atomic_bool cancel = false;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        const auto result = quickExecutor(3).execute(requestTo(server, QStringLiteral("/x")), 1, &cancel);
        canceller.join();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().endsWith(QStringLiteral("cancelled")), qPrintable(result.error()));
        QCOMPARE(server.requestCount(), 1);
    }

    void onlyHttpAndHttpsAreAllowed()
    {
        const HttpResponse file = HttpClient().get({QUrl(QStringLiteral("file:///etc/hostname")), {}});
        QCOMPARE(file.failure, Failure::Refused);
        QVERIFY(file.body.isEmpty());
        // A redirect to another scheme is refused as well.
        LoopbackServer server(script({withHeader(Reply::json("", 302), "Location", "file:///etc/hostname")}));
        const HttpResponse redirected = HttpClient().get(requestTo(server, QStringLiteral("/x")));
        QCOMPARE(redirected.failure, Failure::Refused);
        QVERIFY(redirected.body.isEmpty());
    }

    void rateLimiterQueuesByWeight()
    {
        RateLimiter limiter(10, 1000); // 10 weight per second
        QCOMPARE(limiter.reserve(4, 0), qint64(0));
        QCOMPARE(limiter.reserve(4, 0), qint64(0));
        QCOMPARE(limiter.reserve(4, 0), qint64(200));   // 2 units short at 10/s
        QCOMPARE(limiter.reserve(10, 0), qint64(1200)); // queues behind the debt
        QCOMPARE(limiter.reserve(1, 2000), qint64(0));  // refilled: -12 + 20 -> capped at 10
        limiter.pause(500, 3000);
        QCOMPARE(limiter.reserve(1, 3000), qint64(500));
    }

    void retryPolicyDecisions()
    {
        const RetryPolicy policy; // base 500 ms, cap 30 s, 5 attempts
        QCOMPARE(policy.backoffMs(1, 0.0), qint64(250));
        QCOMPARE(policy.backoffMs(1, 1.0), qint64(500));
        QCOMPARE(policy.backoffMs(3, 0.5), qint64(1500)); // 2000 ms: half fixed + half * 0.5
        QCOMPARE(policy.backoffMs(20, 0.0), qint64(15000));

        HttpResponse tooMany;
        tooMany.status = 429;
        tooMany.headers.insert("retry-after", "Wed, 21 Oct 2015 07:28:30 GMT");
        const qint64 now = QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC).toMSecsSinceEpoch();
        auto decision = policy.decide(tooMany, 1, 0.0, now);
        QCOMPARE(decision.action, RetryPolicy::Action::Retry);
        QCOMPARE(decision.delayMs, qint64(30000));
        tooMany.headers.insert("retry-after", "600");
        decision = policy.decide(tooMany, 1, 0.0, now);
        QCOMPARE(decision.action, RetryPolicy::Action::Fail);
        QVERIFY(decision.reason.contains(QStringLiteral("wait 600 s")));

        HttpResponse notFound;
        notFound.status = 400; // the body holds the exchange's error object: the parser names it
        QCOMPARE(policy.decide(notFound, 1, 0.0, 0).action, RetryPolicy::Action::Accept);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
