// Every error of the contract, over real HTTP: status, code, the exact
// message where lance-api.md quotes one, and the envelope shape.
#include "engine_harness.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace lance::test;

class TestEngineErrors : public QObject
{
    Q_OBJECT
private:
    EngineProcess m_engine{{QStringLiteral("--seed-demo"), QStringLiteral("50")}};
    QString m_person;

    // {"error": {"code", "message", "details"?}} with the status the code stands for.
    static void verifyEnvelope(const Reply &r, int status, const char *code)
    {
        QVERIFY2(r.status == status, r.describe().constData());
        QVERIFY2(r.json.isObject(), r.describe().constData());
        QVERIFY2(r.object().value(QStringLiteral("error")).isObject(), r.describe().constData());
        const QJsonObject error = r.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QLatin1String(code));
        QVERIFY2(error.value(QStringLiteral("message")).isString() &&
                     !error.value(QStringLiteral("message")).toString().isEmpty(),
                 r.describe().constData());
        if (error.contains(QStringLiteral("details")))
            QVERIFY2(error.value(QStringLiteral("details")).isObject(), r.describe().constData());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    QByteArray validBatch() const
    {
        return toJson({{QStringLiteral("personIds"), QJsonArray{m_person}},
                       {QStringLiteral("field"), QStringLiteral("emails")}});
    }

    static QByteArray uuids(int n)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += QByteArray(i ? "," : "") + "\"" +
                   QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "\"";
        return out;
    }

    Reply batch(const QByteArray &body, const QByteArray &token = EngineProcess::kToken)
    {
        return m_engine.call("POST", QStringLiteral("/api/v1/operations/enrichment/batch"), body,
                             token);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_engine.start());
        m_person = m_engine.leadIds(1).value(0);
        QVERIFY(!m_person.isEmpty());
    }

    void missingOrUnknownToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("token");
        const struct
        {
            const char *name;
            QByteArray method;
            QString path;
            QByteArray body;
        } endpoints[] = {
            {"bulk", "POST", QStringLiteral("/api/v1/operations/enrichment/bulk"),
             toJson({{QStringLiteral("field"), QStringLiteral("emails")},
                     {QStringLiteral("selection"),
                      QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                                  {QStringLiteral("includedIds"), QJsonArray{m_person}}}}})},
            {"single post",
             "POST",
             QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(m_person),
             {}},
            {"single get",
             "GET",
             QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(m_person),
             {}},
            {"single delete",
             "DELETE",
             QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(m_person),
             {}},
            {"batch/query", "POST", QStringLiteral("/api/v1/operations/enrichment/batch/query"),
             toJson(
                 {{QStringLiteral("tasks"),
                   QJsonArray{QJsonObject{{QStringLiteral("entityId"), m_person},
                                          {QStringLiteral("field"), QStringLiteral("emails")}}}}})},
            {"balance", "GET", QStringLiteral("/api/v1/operations/credits/balance"), {}},
            {"history", "GET", QStringLiteral("/api/v1/operations/credits/history"), {}},
            {"search", "POST", QStringLiteral("/api/v1/entities/prospects/person"), "{}"},
            {"facets",
             "GET",
             QStringLiteral("/api/v1/operations/autocomplete/person-metadata?facet=job_title"),
             {}},
            {"meta", "GET", QStringLiteral("/api/v1/meta"), {}},
        };
        for (const auto &e : endpoints) {
            QTest::addRow("%s, no token", e.name) << e.method << e.path << e.body << QByteArray();
            QTest::addRow("%s, unknown token", e.name)
                << e.method << e.path << e.body << QByteArray("not-a-token");
        }
    }

    void missingOrUnknownToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, token);
        verifyEnvelope(m_engine.call(method, path, body, token), 401, "UNAUTHORIZED");
    }

    void batchWithoutUserIsAValidationError()
    {
        // Lance reports a missing user on the batch endpoint as a validation
        // error with status 401, whatever the body holds.
        for (const QByteArray &token : {QByteArray(), QByteArray("not-a-token")}) {
            for (const QByteArray &body :
                 {QByteArray(R"({"personIds":[],"field":"emails"})"), validBatch()}) {
                const Reply b = batch(body, token);
                verifyEnvelope(b, 401, "VALIDATION_ERROR");
                QCOMPARE(b.errorMessage(), QStringLiteral("User ID is missing"));
            }
        }
        // Nothing was started for anybody.
        QCOMPARE(
            m_engine
                .get(QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(m_person))
                .status,
            404);
    }

    void batchValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QString invalid = QStringLiteral("Invalid input");
        QTest::newRow("no ids") << QByteArray(R"({"field":"emails"})")
                                << QStringLiteral("At least one person ID is required");
        QTest::newRow("empty ids") << QByteArray(R"({"personIds":[],"field":"emails"})")
                                   << QStringLiteral("At least one person ID is required");
        QTest::newRow("101 ids") << ("{\"field\":\"emails\",\"personIds\":[" + uuids(101) + "]}")
                                 << QStringLiteral("Maximum 100 person IDs allowed per batch");
        QTest::newRow("bad field")
            << QByteArray(R"({"personIds":["6f1e7c5e-0000-4000-8000-000000000001"],"field":"fax"})")
            << invalid;
        QTest::newRow("no field")
            << QByteArray(R"({"personIds":["6f1e7c5e-0000-4000-8000-000000000001"]})") << invalid;
        QTest::newRow("not a uuid")
            << QByteArray(R"({"personIds":["42"],"field":"emails"})") << invalid;
        QTest::newRow("number id")
            << QByteArray(R"({"personIds":[42],"field":"emails"})") << invalid;
        QTest::newRow("null id") << QByteArray(R"({"personIds":[null],"field":"emails"})")
                                 << invalid;
        QTest::newRow("field a number")
            << QByteArray(R"({"personIds":["6f1e7c5e-0000-4000-8000-000000000001"],"field":1})")
            << invalid;
        QTest::newRow("field a list")
            << QByteArray(
                   R"({"personIds":["6f1e7c5e-0000-4000-8000-000000000001"],"field":["emails"]})")
            << invalid;
        QTest::newRow("ids not a list")
            << QByteArray(R"({"personIds":"abc","field":"emails"})") << invalid;
        QTest::newRow("malformed json") << QByteArray(R"({"personIds":[)") << invalid;
        QTest::newRow("not an object") << QByteArray(R"([1,2,3])") << invalid;
        QTest::newRow("empty body") << QByteArray() << invalid;
        QTest::newRow("nul bytes")
            << QByteArray("{\"personIds\":[\"\0\"],\"field\":\"emails\"}", 36) << invalid;
    }

    void batchValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Reply r = batch(body);
        verifyEnvelope(r, 400, "VALIDATION_ERROR");
        QCOMPARE(r.errorMessage(), message);
    }

    void unknownPersonsCreateNothing()
    {
        const QString ghost = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        const Reply r = m_engine.post(QStringLiteral("/api/v1/operations/enrichment/batch"),
                                      {{QStringLiteral("personIds"), QJsonArray{m_person, ghost}},
                                       {QStringLiteral("field"), QStringLiteral("emails")}});
        verifyEnvelope(r, 400, "VALIDATION_ERROR");
        QCOMPARE(r.errorDetails().value(QStringLiteral("unknownIds")).toArray(), QJsonArray{ghost});
        // Nothing was created for the known person either.
        QCOMPARE(
            m_engine
                .get(QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(m_person))
                .status,
            404);
        qint64 held = -1;
        QCOMPARE(m_engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
    }

    void hundredIdsAreWithinTheLimit()
    {
        // 100 well-formed ids pass the size check and fail as unknown persons.
        const Reply r = batch("{\"field\":\"emails\",\"personIds\":[" + uuids(100) + "]}");
        verifyEnvelope(r, 400, "VALIDATION_ERROR");
        QCOMPARE(r.errorDetails().value(QStringLiteral("unknownIds")).toArray().size(), 100);
    }

    void unknownPersonsInBulkCreateNothing()
    {
        const QString ghost = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
        const Reply r = m_engine.post(
            QStringLiteral("/api/v1/operations/enrichment/bulk"),
            {{QStringLiteral("field"), QStringLiteral("phones")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray{ghost, m_person}}}}});
        verifyEnvelope(r, 400, "VALIDATION_ERROR");
        QCOMPARE(r.errorDetails().value(QStringLiteral("unknownIds")).toArray(), QJsonArray{ghost});
        QCOMPARE(
            m_engine
                .get(QStringLiteral("/api/v1/operations/enrichment/%1?field=phones").arg(m_person))
                .status,
            404);
        qint64 held = -1;
        QCOMPARE(m_engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
    }

    void routingErrors()
    {
        verifyEnvelope(m_engine.get(QStringLiteral("/api/v1/no/such/thing")), 404, "NOT_FOUND");
        verifyEnvelope(m_engine.get(QStringLiteral("/elsewhere")), 404, "NOT_FOUND");
        verifyEnvelope(m_engine.call("POST", QStringLiteral("/api/v1/no/such/thing"), "{}"), 404,
                       "NOT_FOUND");
        const Reply wrong =
            m_engine.call("PUT", QStringLiteral("/api/v1/operations/credits/balance"));
        verifyEnvelope(wrong, 405, "METHOD_NOT_ALLOWED");
        QCOMPARE(wrong.header("Allow"), QByteArray("GET"));
        verifyEnvelope(m_engine.get(QStringLiteral("/api/v1/operations/enrichment/batch")), 405,
                       "METHOD_NOT_ALLOWED");
        verifyEnvelope(m_engine.call("DELETE", QStringLiteral("/api/v1/entities/prospects/person")),
                       405, "METHOD_NOT_ALLOWED");
        verifyEnvelope(
            m_engine.call(
                "PUT",
                QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(m_person),
                "{}"),
            405, "METHOD_NOT_ALLOWED");
        verifyEnvelope(m_engine.call("DELETE", QStringLiteral("/api/v1/meta")), 405,
                       "METHOD_NOT_ALLOWED");
    }

    void singleEndpointValidation()
    {
        const QString base = QStringLiteral("/api/v1/operations/enrichment/");
        verifyEnvelope(m_engine.call("POST", base + QStringLiteral("not-a-uuid?field=emails")), 400,
                       "VALIDATION_ERROR");
        verifyEnvelope(m_engine.call("POST", base + m_person + QStringLiteral("?field=fax")), 400,
                       "VALIDATION_ERROR");
        verifyEnvelope(m_engine.call("POST", base + m_person), 400, "VALIDATION_ERROR");
        verifyEnvelope(m_engine.get(base + m_person + QStringLiteral("?field=phones")), 404,
                       "NOT_FOUND");
        verifyEnvelope(m_engine.call("DELETE", base + m_person + QStringLiteral("?field=phones")),
                       404, "NOT_FOUND");
        const Reply unknown = m_engine.call(
            "POST", base + QStringLiteral("00000000-0000-4000-8000-00000000beef?field=emails"));
        verifyEnvelope(unknown, 400, "VALIDATION_ERROR");
        QVERIFY(unknown.errorDetails().contains(QStringLiteral("unknownIds")));
    }

    void queryValidation()
    {
        const QString path = QStringLiteral("/api/v1/operations/enrichment/batch/query");
        verifyEnvelope(m_engine.post(path, {{QStringLiteral("tasks"), QJsonArray()}}), 400,
                       "VALIDATION_ERROR");
        verifyEnvelope(m_engine.post(path, {}), 400, "VALIDATION_ERROR");
        QJsonArray many;
        for (int i = 0; i < 201; ++i)
            many.append(QJsonObject{{QStringLiteral("entityId"), m_person},
                                    {QStringLiteral("field"), QStringLiteral("emails")}});
        verifyEnvelope(m_engine.post(path, {{QStringLiteral("tasks"), many}}), 400,
                       "VALIDATION_ERROR");
        verifyEnvelope(
            m_engine.post(path, {{QStringLiteral("tasks"),
                                  QJsonArray{QJsonObject{{QStringLiteral("entityId"), 5}}}}}),
            400, "VALIDATION_ERROR");
        verifyEnvelope(
            m_engine.post(path, {{QStringLiteral("tasks"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("entityId"), m_person},
                                      {QStringLiteral("field"), QStringLiteral("emails")},
                                      {QStringLiteral("entityType"), QStringLiteral("planet")}}}}}),
            400, "VALIDATION_ERROR");
    }

    void searchValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("size 101") << QByteArray(R"({"size":101})");
        QTest::newRow("negative page") << QByteArray(R"({"page":-1})");
        QTest::newRow("fractional size") << QByteArray(R"({"size":2.5})");
        QTest::newRow("huge page") << QByteArray(R"({"page":1e300})");
        QTest::newRow("unknown filter") << QByteArray(R"({"filters":{"colour":["red"]}})");
        QTest::newRow("filter not a list") << QByteArray(R"({"filters":{"country":"Germany"}})");
        QTest::newRow("filter numbers") << QByteArray(R"({"filters":{"country":[1]}})");
        QTest::newRow("filters not an object") << QByteArray(R"({"filters":[]})");
        QTest::newRow("bad sort key") << QByteArray(R"({"sort":{"key":"emails"}})");
        QTest::newRow("bad sort direction")
            << QByteArray(R"({"sort":{"key":"city","direction":"sideways"}})");
        QTest::newRow("malformed") << QByteArray(R"({"size":)");
    }

    void searchValidation()
    {
        QFETCH(QByteArray, body);
        verifyEnvelope(
            m_engine.call("POST", QStringLiteral("/api/v1/entities/prospects/person"), body), 400,
            "VALIDATION_ERROR");
    }

    void injectionIsJustData()
    {
        // Filter values and ids go to SQLite only as bound parameters.
        const Reply r = m_engine.post(
            QStringLiteral("/api/v1/entities/prospects/person"),
            {{QStringLiteral("filters"),
              QJsonObject{{QStringLiteral("country"), QJsonArray{QStringLiteral("x' OR '1'='1")}},
                          {QStringLiteral("q"), QJsonArray{QStringLiteral("\" OR 1 --")}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("totalElements")).toInteger(), 0);
        const Reply facet = m_engine.get(QStringLiteral(
            "/api/v1/operations/autocomplete/person-metadata?facet=country;DROP%20TABLE%20leads"));
        verifyEnvelope(facet, 400, "VALIDATION_ERROR");
        QCOMPARE(m_engine.leadIds(60).size(), 50);
    }

    void historyValidation()
    {
        verifyEnvelope(m_engine.get(QStringLiteral("/api/v1/operations/credits/history?limit=0")),
                       400, "VALIDATION_ERROR");
        verifyEnvelope(m_engine.get(QStringLiteral("/api/v1/operations/credits/history?offset=-3")),
                       400, "VALIDATION_ERROR");
        verifyEnvelope(
            m_engine.get(QStringLiteral("/api/v1/operations/credits/history?startDate=yesterday")),
            400, "VALIDATION_ERROR");
    }

    void oversizeBodyIs413()
    {
        // 2 MiB of otherwise valid JSON.
        QByteArray body =
            "{\"field\":\"emails\",\"personIds\":[\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"]}";
        const Reply r = batch(body);
        verifyEnvelope(r, 413, "PAYLOAD_TOO_LARGE");
        // The engine keeps serving afterwards.
        QCOMPARE(m_engine.get(QStringLiteral("/api/v1/meta")).status, 200);
    }

    void oneMebibyteIsTheLimit()
    {
        // A valid batch padded with whitespace to exactly 1 MiB is served;
        // one byte more is not.
        QByteArray body = validBatch();
        body += QByteArray(1024 * 1024 - body.size(), ' ');
        QCOMPARE(body.size(), 1024 * 1024);
        const Reply atLimit = batch(body);
        QVERIFY2(atLimit.status == 200, atLimit.describe().constData());
        QCOMPARE(atLimit.array().size(), 1);
        verifyEnvelope(batch(body + ' '), 413, "PAYLOAD_TOO_LARGE");
        verifyEnvelope(m_engine.call("POST", QStringLiteral("/api/v1/entities/prospects/person"),
                                     "{}" + QByteArray(1024 * 1024, ' ')),
                       413, "PAYLOAD_TOO_LARGE");
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        EngineProcess limited({QStringLiteral("--seed-demo"), QStringLiteral("5"),
                               QStringLiteral("--rate-limit"), QStringLiteral("5")});
        QVERIFY(limited.start());
        QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> burst;
        for (int i = 0; i < 20; ++i)
            burst << [&](QNetworkAccessManager &nam) {
                return nam.get(
                    limited.request(QStringLiteral("/api/v1/operations/credits/balance")));
            };
        int ok = 0, limitedCount = 0;
        for (const Reply &r : limited.concurrent(burst)) {
            if (r.status == 200) {
                ++ok;
            } else {
                verifyEnvelope(r, 429, "RATE_LIMITED");
                QVERIFY(r.header("Retry-After").toInt() >= 1);
                ++limitedCount;
            }
        }
        QCOMPARE(ok + limitedCount, 20);
        QVERIFY2(ok >= 5 && ok < 20, qPrintable(QString::number(ok)));
    }

    void garbageOnTheSocketDoesNotStopTheEngine()
    {
        QTcpSocket socket;
        socket.connectToHost(m_engine.baseUrl().host(), quint16(m_engine.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(QByteArray("\x00\xff GARBAGE\r\n\r\n", 15));
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.waitForBytesWritten(5000);
        socket.disconnectFromHost();
        QCOMPARE(m_engine.get(QStringLiteral("/api/v1/meta")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEngineErrors)
#include "test_engine_errors.moc"
