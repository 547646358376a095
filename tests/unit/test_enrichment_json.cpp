// The engine writes enrichments as text for speed; what it writes must be
// exactly what Enrichment::toJson() describes, and decode back to the same.
// An estimate's counts must agree with each other before a rep is shown them.
#include "credit_estimate.h"
#include "enrichment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using lance::ContactField;
using lance::Enrichment;
using lance::EnrichmentStatus;

class TestEnrichmentJson : public QObject
{
    Q_OBJECT
private slots:
    void textWriterMatchesToJson_data()
    {
        QTest::addColumn<Enrichment>("e");
        Enrichment pending;
        pending.id = QStringLiteral("0b5f2c1e-1111-4111-8111-111111111111");
        pending.entityId = QStringLiteral("4a5f2c1e-2222-4222-8222-222222222222");
        pending.createdAt = pending.updatedAt = QStringLiteral("2025-01-13T10:30:00.000Z");
        pending.createdBy = QStringLiteral("user_1");
        pending.orgId = QStringLiteral("org_1");
        QTest::newRow("pending") << pending;

        Enrichment found = pending;
        found.status = EnrichmentStatus::Finished;
        found.field = ContactField::Phones;
        found.dataFound = 1;
        found.creditTransactionId = QStringLiteral("tx");
        found.globalEnrichmentId = QStringLiteral("g");
        found.value =
            QJsonObject{{QStringLiteral("phones"), QJsonArray{QStringLiteral("+49 30 1234567")}}};
        QTest::newRow("found with value") << found;

        Enrichment failed = pending;
        failed.status = EnrichmentStatus::Failed;
        failed.dataFound = 0;
        // Text from outside (tokens name users) must be escaped.
        failed.error =
            QStringLiteral("quote \" backslash \\ newline \n tab \t nul %1 ü €").arg(QChar(0));
        failed.createdBy = QStringLiteral("ユーザー");
        QTest::newRow("escaping") << failed;

        Enrichment scalar = pending;
        scalar.value = QJsonValue(42.5);
        QTest::newRow("scalar value") << scalar;
    }

    void textWriterMatchesToJson()
    {
        QFETCH(Enrichment, e);
        QByteArray text;
        e.appendJson(text);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        QVERIFY2(err.error == QJsonParseError::NoError,
                 qPrintable(err.errorString() + QString::fromUtf8(text)));
        QCOMPARE(doc.object(), e.toJson());
        Enrichment back;
        QVERIFY(Enrichment::fromJson(doc.object(), &back));
        QCOMPARE(back.toJson(), e.toJson());
    }

    void estimateOnFileAgreesWithItsCounts()
    {
        lance::CreditEstimate e;
        e.selected = 10;
        e.finished = 2;
        e.price(10);
        e.onFile = 3;
        e.onFileIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        lance::CreditEstimate back;
        QVERIFY(lance::CreditEstimate::fromJson(e.toJson(), &back));
        QCOMPARE(back.onFile, 3);
        QCOMPARE(back.onFileIds, e.onFileIds);
        // A plain server says nothing of them: none on file.
        QJsonObject plain = e.toJson();
        plain.remove(QStringLiteral("onFile"));
        plain.remove(QStringLiteral("onFileIds"));
        QVERIFY(lance::CreditEstimate::fromJson(plain, &back));
        QCOMPARE(back.onFile, 0);
        // More on file than new, or more ids than on file, or not a number:
        // refused rather than shown.
        QString why;
        QJsonObject bad = e.toJson();
        bad.insert(QStringLiteral("onFile"), 9);
        QVERIFY(!lance::CreditEstimate::fromJson(bad, &back, &why));
        bad.insert(QStringLiteral("onFile"), 2);
        QVERIFY(!lance::CreditEstimate::fromJson(bad, &back, &why));
        bad.insert(QStringLiteral("onFile"), QStringLiteral("3"));
        QVERIFY(!lance::CreditEstimate::fromJson(bad, &back, &why));
        QCOMPARE(why, QStringLiteral("onFile"));
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentJson)
#include "test_enrichment_json.moc"
