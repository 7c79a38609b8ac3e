#pragma once

// Helpers shared by the GUI tests: an isolated object graph (temporary config directory,
// settings file, activity log), a secret store whose writes can be made to fail, and lookups of
// widgets by object name.

#include "AppServices.h"
#include "Clipboard.h"
#include "GuiSettings.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Latchkey::Testing {

// The real keychain, with a switch that makes every write fail as if the keychain had gone
// away (locked, daemon stopped): what the user sees then is what the tests check.
class SwitchableSecretStore : public SecretStore
{
public:
    explicit SwitchableSecretStore(QObject *parent = nullptr)
        : SecretStore(parent)
        , m_real(this)
    {}

    bool failWrites = false;

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        m_real.read(key, context, std::move(done));
    }
    void write(const QString &key, const QString &secret, QObject *context,
               DoneCallback done) override
    {
        if (failWrites) {
            QMetaObject::invokeMethod(
                context ? context : this,
                [done] {
                    done(Problem::make(ProblemCode::KeychainUnavailable,
                                       QStringLiteral("test: the keychain was stopped")));
                },
                Qt::QueuedConnection);
            return;
        }
        m_real.write(key, secret, context, std::move(done));
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        m_real.remove(key, context, std::move(done));
    }
    void unlock(QObject *context, DoneCallback done) override
    {
        m_real.unlock(context, std::move(done));
    }

private:
    KeychainSecretStore m_real;
};

// Everything main() builds, in a temporary config directory (XDG_CONFIG_HOME points there too,
// so nothing of the user's is touched).
struct GuiEnvironment
{
    GuiEnvironment()
    {
        qputenv("XDG_CONFIG_HOME", configHome.path().toUtf8());
        network = std::make_unique<QNetworkAccessManager>();
        secrets = std::make_unique<SwitchableSecretStore>();
        sites = std::make_unique<SiteStore>(configHome.filePath(QStringLiteral("latchkey")));
        activity = std::make_unique<ActivityLog>(configHome.filePath(QStringLiteral("latchkey")));
        settings = std::make_unique<GuiSettings>(configHome.filePath(QStringLiteral("gui.ini")));
        clipboard = std::make_unique<Clipboard>(settings.get());
        services.network = network.get();
        services.secrets = secrets.get();
        services.sites = sites.get();
        services.activity = activity.get();
        services.settings = settings.get();
        services.clipboard = clipboard.get();
    }

    QTemporaryDir configHome;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SwitchableSecretStore> secrets;
    std::unique_ptr<SiteStore> sites;
    std::unique_ptr<ActivityLog> activity;
    std::unique_ptr<GuiSettings> settings;
    std::unique_ptr<Clipboard> clipboard;
    AppServices services;
};

// The one visible top-level or child widget with this object name, or nullptr.
template<typename T = QWidget>
T *findWidget(const QString &name)
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == name && widget->isVisible()) {
            if (T *typed = qobject_cast<T *>(widget))
                return typed;
        }
    }
    return nullptr;
}

template<typename T = QWidget>
T *findIn(QObject *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

inline void click(QWidget *widget)
{
    QVERIFY2(widget, "widget not found");
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + QStringLiteral(" disabled")));
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace Latchkey::Testing
