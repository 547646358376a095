#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace lance {

// Help → About: what this is (name, version, one line), under which licence,
// which Qt it runs on (the run-time and build-time versions differ when the
// system's Qt was upgraded, which matters in a bug report), and the credits.
// The licence text is shown on demand inside the dialog. Opened with open()
// like every dialog of the app.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The full licence: the repository's LICENSE when it was compiled in
    // (:/legal/LICENSE), else a short built-in MIT notice. `fromFile` tells
    // which one it is.
    static QString licenceText(bool *fromFile = nullptr);

private:
    void setLicenceShown(bool shown);

    QPushButton *m_licenceButton;
    QPlainTextEdit *m_licenceView;
};

} // namespace lance
