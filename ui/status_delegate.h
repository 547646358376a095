#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace lance {

// Draws the lead table's status columns with an icon per enrichment status
// next to the model's text: the model stays free of GUI types (Qt Core
// only), so the icon is chosen here from its StatusRole.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);
    // The icon for an EnrichmentStatus value and whether data was found.
    static QIcon iconFor(int status, bool dataFound);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lance
