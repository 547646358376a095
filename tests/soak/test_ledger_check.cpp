// The ledger checker itself: a checker that never fires proves nothing. A
// real engine file with found, not-found and failed work is copied and
// broken in one way at a time, and each break must be reported as the
// violation it is, while the untouched copy reports none.
#include "engine_harness.h"
#include "ledger_check.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace lance::test;

namespace {
bool hasKind(const QStringList &violations, const QString &kind)
{
    for (const QString &v : violations)
        if (v.startsWith(kind + QLatin1String(": ")))
            return true;
    return false;
}
} // namespace

class TestLedgerCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_original;
    int m_copies = 0;

    // A fresh copy of the finished engine's file with `sql` applied.
    QString broken(const QStringList &sql)
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_original, path))
            return {};
        const QString name = QStringLiteral("tamper-%1").arg(m_copies);
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &s : sql) {
                QSqlQuery q(db);
                if (ok && !q.exec(s)) {
                    qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok ? path : QString();
    }

    QString firstId(const QString &where)
    {
        QString id;
        const QString name = QStringLiteral("read-%1").arg(++m_copies);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_original);
            db.open();
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id FROM enrichments WHERE %1 LIMIT 1").arg(where)) &&
                q.next())
                id = q.value(0).toString();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("100"),
                              QStringLiteral("--latency-ms"), QStringLiteral("10:50"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0.2")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(60);
        QCOMPARE(ids.size(), 60);
        QCOMPARE(engine
                     .post(QStringLiteral("/api/v1/operations/enrichment/batch"),
                           {{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
                            {QStringLiteral("field"), QStringLiteral("emails")}})
                     .status,
                 200);
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails")));
        QVERIFY(ledgerHolds(engine));
        // A clean stop checkpoints the WAL, so the main file is all of it.
        QCOMPARE(engine.terminate(), 0);
        m_original = m_dir.filePath(QStringLiteral("original.sqlite"));
        QVERIFY(QFile::copy(engine.dbPath(), m_original));
        QVERIFY(!firstId(QStringLiteral("data_found = 1")).isEmpty());
        QVERIFY(!firstId(QStringLiteral("data_found = 0")).isEmpty());
        QVERIFY(!firstId(QStringLiteral("status = 'failed'")).isEmpty());
    }

    void untouchedFileHasNoViolations()
    {
        const QString path = broken({});
        QVERIFY(!path.isEmpty());
        const QStringList v = ledgerViolations(path);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(QLatin1Char('\n'))));
    }

    void eachBreakIsReported_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("kind");
        const QString found = QStringLiteral("(SELECT id FROM enrichments WHERE data_found = 1 "
                                             "ORDER BY seq LIMIT 1)");
        const QString tx = QStringLiteral("(SELECT credit_transaction_id FROM enrichments WHERE "
                                          "data_found = 1 ORDER BY seq LIMIT 1)");
        QTest::newRow("charged twice")
            << QStringList{QStringLiteral("INSERT INTO credit_transactions(id, organization_id, "
                                          "type, amount, source, "
                                          "reference_id, description, created_at, updated_at) "
                                          "SELECT id || '-again', "
                                          "organization_id, type, amount, source, reference_id, "
                                          "description, created_at, "
                                          "updated_at FROM credit_transactions WHERE id = %1")
                               .arg(tx)}
            << QStringLiteral("charged twice");
        QTest::newRow("charge lost")
            << QStringList{QStringLiteral("DELETE FROM credit_transactions WHERE id = %1").arg(tx)}
            << QStringLiteral("found but not charged");
        QTest::newRow("charge unlinked")
            << QStringList{QStringLiteral("UPDATE enrichments SET credit_transaction_id = NULL "
                                          "WHERE id = %1")
                               .arg(found)}
            << QStringLiteral("found but not charged");
        QTest::newRow("wrong amount")
            << QStringList{QStringLiteral("UPDATE credit_transactions SET amount = amount - 1 "
                                          "WHERE id = %1")
                               .arg(tx)}
            << QStringLiteral("wrong amount");
        QTest::newRow("charged for not found")
            << QStringList{QStringLiteral("UPDATE enrichments SET data_found = 0 WHERE id = %1")
                               .arg(found)}
            << QStringLiteral("charged for nothing");
        QTest::newRow("consumed for nobody")
            << QStringList{QStringLiteral("UPDATE credit_transactions SET reference_id = 'nobody' "
                                          "WHERE id = %1")
                               .arg(tx)}
            << QStringLiteral("consumed without enrichment");
        QTest::newRow("overspent")
            << QStringList{QStringLiteral("UPDATE credit_transactions SET amount = 0 WHERE type = "
                                          "'credit_added'")}
            << QStringLiteral("overspent");
        QTest::newRow("no signup bonus")
            << QStringList{QStringLiteral("UPDATE credit_transactions SET source = 'gift' WHERE "
                                          "type = 'credit_added'")}
            << QStringLiteral("signup bonus");
        // The database forbids two reusable ones; without its index the
        // checker still sees them.
        QTest::newRow("two active")
            << QStringList{QStringLiteral("DROP INDEX enrichments_one_reusable"),
                           QStringLiteral(
                               "INSERT INTO enrichments(id, org_id, person_id, field, status, "
                               "created_by, cost, created_ms, created_at, updated_at) SELECT "
                               "id || '-twin', org_id, person_id, field, 'pending', created_by, "
                               "cost, created_ms, created_at, updated_at FROM enrichments "
                               "WHERE data_found = 0 ORDER BY seq LIMIT 1")}
            << QStringLiteral("two active");
        QTest::newRow("incoherent")
            << QStringList{QStringLiteral("UPDATE enrichments SET data_found = 0 WHERE status = "
                                          "'failed'")}
            << QStringLiteral("incoherent enrichment");
    }

    void eachBreakIsReported()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, kind);
        const QString path = broken(sql);
        QVERIFY(!path.isEmpty());
        const QStringList v = ledgerViolations(path);
        QVERIFY2(hasKind(v, kind), qPrintable(v.join(QLatin1Char('\n'))));
    }

    void overduePendingIsReportedAfterASweep()
    {
        const QString path =
            broken({QStringLiteral("UPDATE enrichments SET status = 'pending', data_found = NULL, "
                                   "error = NULL, created_ms = 0 WHERE status = 'failed'")});
        QVERIFY(!path.isEmpty());
        LedgerCheck check;
        check.maxAgeS = 800;
        check.sweptAtMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(hasKind(ledgerViolations(path, check), QStringLiteral("overdue pending")));
        // Without a sweep to rely on, old pending work is no violation.
        QVERIFY(ledgerViolations(path).isEmpty());
    }

    void engineBalanceMustMatchTheFile()
    {
        // An engine whose file says otherwise than the file checked: its
        // balance answer disagrees, and that is reported.
        EngineProcess other({QStringLiteral("--seed-demo"), QStringLiteral("10")});
        QVERIFY(other.start());
        LedgerCheck check;
        check.engine = &other;
        QVERIFY(hasKind(ledgerViolations(broken({}), check), QStringLiteral("balance mismatch")));
        // Its own file agrees with it.
        check.tokens = {EngineProcess::kToken};
        const QStringList own = ledgerViolations(other.dbPath(), check);
        QVERIFY2(own.isEmpty(), qPrintable(own.join(QLatin1Char('\n'))));
    }

    void answersMissingFromTheFileAreReported()
    {
        const QString found = firstId(QStringLiteral("data_found = 1"));
        QHash<QString, AnsweredEnrichment> answered;
        const QString name = QStringLiteral("answers");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_original);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id, org_id, person_id, field, status, "
                                          "credit_transaction_id FROM enrichments")));
            while (q.next())
                answered.insert(q.value(0).toString(),
                                {q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(),
                                 q.value(5).toString()});
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(answeredViolations(m_original, answered).isEmpty());

        QHash<QString, AnsweredEnrichment> lost = answered;
        lost.insert(QStringLiteral("00000000-0000-4000-8000-000000000000"), answered.value(found));
        QVERIFY(hasKind(answeredViolations(m_original, lost), QStringLiteral("answered but lost")));

        QHash<QString, AnsweredEnrichment> changed = answered;
        changed[found].status = QStringLiteral("cancelled");
        QVERIFY(hasKind(answeredViolations(m_original, changed),
                        QStringLiteral("final status changed")));
    }
};

QTEST_GUILESS_MAIN(TestLedgerCheck)
#include "test_ledger_check.moc"
