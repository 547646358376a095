#pragma once

#include "enrichment.h"

#include <QObject>

class QAction;
class QComboBox;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace lance {

// The window's menus (File, Edit, View with Language, Enrich, Help), the
// Enrichment toolbar with the field picker, and their shortcuts. Actions
// that belong to other parts are exposed for the window to connect; the
// ones that need nothing else (Quit, About, Language, the field) work here.
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    WorkspaceActions(QMainWindow *window, QDockWidget *filterDock, QDockWidget *detailDock);

    QAction *exportCsv() const { return m_export; }
    QAction *connection() const { return m_connect; }
    QAction *selectVisible() const { return m_selectVisible; }
    QAction *selectAllMatching() const { return m_selectAllMatching; }
    QAction *selectNone() const { return m_selectNone; }
    QAction *focusFilter() const { return m_focusFilter; }
    QAction *focusTable() const { return m_focusTable; }
    QAction *refresh() const { return m_refresh; }
    QAction *enrich() const { return m_enrich; }
    QAction *cancelPending() const { return m_cancelPending; }
    QAction *retryFailed() const { return m_retryFailed; }

    // The contact data the Enrich menu and toolbar work on; remembered
    // across runs.
    ContactField field() const;
    void setField(ContactField field);

    // What the actions can do now.
    struct State
    {
        bool connected = false;
        bool submitting = false;
        bool hasSelection = false;
        bool serverCancels = true;
        bool hasPending = false;
        bool hasFailed = false;
        bool totalKnown = false;
    };
    void update(const State &state);

signals:
    void fieldChanged();
    // For the status bar.
    void message(const QString &text, int timeoutMs);
    // View → Language stored another language; it shows after a restart.
    void languageChanged();

private:
    void createFileAndEditMenus();
    void createViewMenu(QDockWidget *filterDock, QDockWidget *detailDock);
    void createLanguageMenu(QMenu *view);
    void createEnrichAndHelpMenus();
    void createToolBar();
    // Checks the Enrich menu's entry of the field the combo box holds.
    void showField();

    QMainWindow *m_window;
    QComboBox *m_fieldCombo = nullptr;
    QAction *m_fieldEmails = nullptr;
    QAction *m_fieldPhones = nullptr;
    QAction *m_export = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_selectVisible = nullptr;
    QAction *m_selectAllMatching = nullptr;
    QAction *m_selectNone = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_focusTable = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_enrich = nullptr;
    QAction *m_cancelPending = nullptr;
    QAction *m_retryFailed = nullptr;
};

} // namespace lance
