// Demo data is what a new user, a sales demo and every UI test see first: it
// must be the same for the same seed, varied, and internally consistent.
#include "demo_data.h"
#include "iso_time.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace lance::engine;

class TestDemoData : public QObject
{
    Q_OBJECT
private:
    int m_connections = 0;

    QSqlDatabase generated(quint64 seed, int count)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("demo-%1").arg(m_connections++));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return {};
        QString error;
        if (!migrateSchema(db, &error))
            qWarning() << error;
        int lastDone = 0;
        if (!DemoDataGenerator(seed).generate(
                db, count, [&](int done, int) { lastDone = done; }, &error))
            qWarning() << error;
        if (lastDone != count)
            qWarning() << "progress ended at" << lastDone;
        return db;
    }

    static QByteArray digest(QSqlDatabase &db)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM leads ORDER BY seq"));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(q.value(i).toString().toUtf8() + '\x1f');
        return h.result();
    }

    static QSet<QString> distinct(QSqlDatabase &db, const char *column)
    {
        QSet<QString> values;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT DISTINCT %1 FROM leads").arg(QLatin1String(column)));
        while (q.next())
            values.insert(q.value(0).toString());
        return values;
    }

private slots:
    void sameSeedSameLeads()
    {
        QSqlDatabase a = generated(7, 2000);
        QSqlDatabase b = generated(7, 2000);
        QSqlDatabase c = generated(8, 2000);
        QCOMPARE(digest(a), digest(b));
        QVERIFY(digest(a) != digest(c));
    }

    void variedAndBelievable()
    {
        QSqlDatabase db = generated(1, 5000);
        const QSet<QString> ids = distinct(db, "id");
        QCOMPARE(ids.size(), 5000);
        static const QRegularExpression v4(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const QString &id : ids)
            QVERIFY2(v4.match(id).hasMatch(), qPrintable(id));
        QVERIFY(distinct(db, "company").size() >= 100);
        QVERIFY(distinct(db, "job_title").size() >= 50);
        QVERIFY(distinct(db, "country").size() >= 20);
        QVERIFY(distinct(db, "city").size() >= 60);
        QVERIFY(distinct(db, "first_name").size() >= 100);
        QVERIFY(distinct(db, "last_name").size() >= 100);
        QCOMPARE(distinct(db, "seniority"),
                 (QSet<QString>{QStringLiteral("Entry"), QStringLiteral("Senior"),
                                QStringLiteral("Manager"), QStringLiteral("Director"),
                                QStringLiteral("VP"), QStringLiteral("C-Level"),
                                QStringLiteral("Owner")}));
        QCOMPARE(distinct(db, "department").size(), 12);
    }

    void contactsFollowTheCompanyAndFlags()
    {
        QSqlDatabase db = generated(3, 5000);
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT emails, phones, has_email, has_phone, company_domain, created_at, "
            "country, seniority, job_title FROM leads"));
        int withEmail = 0, withPhone = 0;
        while (q.next()) {
            const QJsonArray emails = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
            const QJsonArray phones = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
            QCOMPARE(q.value(2).toInt(), emails.isEmpty() ? 0 : 1);
            QCOMPARE(q.value(3).toInt(), phones.isEmpty() ? 0 : 1);
            for (const QJsonValue &e : emails)
                QVERIFY2(e.toString().endsWith(QLatin1Char('@') + q.value(4).toString()),
                         qPrintable(e.toString()));
            for (const QJsonValue &p : phones)
                QVERIFY2(p.toString().startsWith(QLatin1Char('+')), qPrintable(p.toString()));
            QVERIFY(lance::fromIsoTime(q.value(5).toString()).isValid());
            if (q.value(7).toString() == QLatin1String("VP"))
                QVERIFY2(q.value(8).toString().startsWith(QLatin1String("VP of ")),
                         qPrintable(q.value(8).toString()));
            withEmail += !emails.isEmpty();
            withPhone += !phones.isEmpty();
        }
        // About 12 % and 6 % come with contact data already.
        QVERIFY2(withEmail > 400 && withEmail < 800, qPrintable(QString::number(withEmail)));
        QVERIFY2(withPhone > 150 && withPhone < 450, qPrintable(QString::number(withPhone)));
    }

    void foundContactsLookReal()
    {
        const QString email = demoEmailFor(QStringLiteral("Zoë"), QStringLiteral("O'Brien"),
                                           QStringLiteral("northwind-labs.com"), 0);
        QCOMPARE(email, QStringLiteral("zoe.obrien@northwind-labs.com"));
        QCOMPARE(
            demoEmailFor(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("x.de"), 42),
            demoEmailFor(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("x.de"), 42));
        QVERIFY(demoPhoneFor(QStringLiteral("Germany"), 5).startsWith(QLatin1String("+49 ")));
        QVERIFY(
            demoPhoneFor(QStringLiteral("United Kingdom"), 5).startsWith(QLatin1String("+44 ")));
        QVERIFY(demoPhoneFor(QStringLiteral("Atlantis"), 5).startsWith(QLatin1String("+1 ")));
        static const QRegularExpression shape(QStringLiteral("^\\+\\d{1,3}( \\d+){2,3}$"));
        for (quint64 v = 0; v < 200; ++v)
            QVERIFY(shape.match(demoPhoneFor(QStringLiteral("France"), v * 7919)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
