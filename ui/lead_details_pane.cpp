#include "lead_details_pane.h"

#include "lance_client.h"
#include "lead_table_model.h"
#include "lead_table_view.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <memory>

namespace lance {

LeadDetailsPane::LeadDetailsPane(LanceClient *client, LeadTableView *table, QWidget *parent)
    : QTextBrowser(parent)
    , m_client(client)
    , m_table(table)
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("leadDetails"));
    setAccessibleName(tr("Lead details"));
    setOpenExternalLinks(true);
    setPlaceholderText(tr("Select a lead to see its contact data and enrichments."));
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, &LeadDetailsPane::showCurrent);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_settle,
            qOverload<>(&QTimer::start));
    connect(table->model(), &QAbstractItemModel::dataChanged, this, &LeadDetailsPane::rowsChanged);
    connect(table->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_shownId.clear();
        clear();
    });
}

QString LeadDetailsPane::signatureOfCurrent() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    QStringList parts;
    for (int column :
         {int(LeadTableModel::EmailsColumn), int(LeadTableModel::PhonesColumn),
          int(LeadTableModel::EmailStatusColumn), int(LeadTableModel::PhoneStatusColumn)})
        parts << current.siblingAtColumn(column).data().toString();
    return parts.join(QLatin1Char('\n'));
}

void LeadDetailsPane::rowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int row = m_table->currentIndex().row();
    if (m_shownId.isEmpty() || row < topLeft.row() || row > bottomRight.row())
        return;
    const Lead *lead = m_table->currentLead();
    if (!lead || lead->id != m_shownId || signatureOfCurrent() != m_shownSignature)
        m_settle->start();
}

void LeadDetailsPane::render(const Lead &shown, const QMap<int, QString> &enrichments)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2<br>%3 · %4<br>%5, %6</p>")
                       .arg(shown.fullName().toHtmlEscaped(), shown.jobTitle.toHtmlEscaped(),
                            shown.company.toHtmlEscaped(), shown.seniority.toHtmlEscaped(),
                            shown.city.toHtmlEscaped(), shown.country.toHtmlEscaped());
    html +=
        QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
            .arg(tr("Emails:"),
                 shown.emails.isEmpty() ? tr("none yet")
                                        : shown.emails.join(QStringLiteral(", ")).toHtmlEscaped(),
                 tr("Phones:"),
                 shown.phones.isEmpty() ? tr("none yet")
                                        : shown.phones.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
                .arg(tr("Latest enrichment"),
                     tr("Emails: %1").arg(enrichments.value(int(ContactField::Emails), tr("…"))),
                     tr("Phones: %1").arg(enrichments.value(int(ContactField::Phones), tr("…"))));
    setHtml(html);
}

void LeadDetailsPane::showCurrent()
{
    const Lead *lead = m_table->currentLead();
    if (!lead) {
        m_shownId.clear();
        clear();
        return;
    }
    const Lead shown = *lead;
    // The same lead again (its row changed): what it said stays until the
    // fresh answers replace it, rather than blinking to "…".
    auto state = std::make_shared<QMap<int, QString>>(
        shown.id == m_shownId && m_shownState ? *m_shownState : QMap<int, QString>());
    m_shownId = shown.id;
    m_shownSignature = signatureOfCurrent();
    m_shownState = state;
    render(shown, *state);
    for (ContactField f : {ContactField::Emails, ContactField::Phones}) {
        m_client->enrichment(
            shown.id, f, this, [this, state, f, shown](const Result<std::optional<Enrichment>> &r) {
                const Lead *still = m_table->currentLead();
                if (!still || still->id != shown.id)
                    return; // the rep moved on
                QString text;
                if (!r.ok())
                    text = r.error->message.toHtmlEscaped();
                else if (!r.value->has_value())
                    text = tr("never enriched");
                else
                    text = tr("%1 (updated %2)")
                               .arg(statusText(r.value->value().status,
                                               r.value->value().dataFound == 1),
                                    QLocale().toString(
                                        QDateTime::fromString(r.value->value().updatedAt,
                                                              Qt::ISODateWithMs)
                                            .toLocalTime(),
                                        QLocale::ShortFormat));
                state->insert(int(f), text);
                render(shown, *state);
            });
    }
}

} // namespace lance
