#pragma once

#include <QLayout>
#include <QList>

namespace lance {

// Lays its items out left to right and wraps, so a dock of any width shows
// them all without a horizontal scroll bar. Qt ships no flow layout, only an
// example.
class FlowLayout : public QLayout
{
public:
    FlowLayout(QWidget *parent, int spacing);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;

private:
    // Places the items (when apply) and returns the height they need.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace lance
