#include "chat/ChatSources.h"

#include "chat/ChatConnector.h"
#include "chat/ChatHub.h"

#include <QCoreApplication>
#include <QSettings>

namespace vitrine {

namespace {
const QString kSpecsKey = QStringLiteral("chat/sources");
}

ChatSources ChatSources::load()
{
    return {QSettings().value(kSpecsKey).toStringList()};
}

void ChatSources::save() const
{
    QSettings().setValue(kSpecsKey, specs);
}

QStringList ChatSources::connect(ChatHub& hub, const ChatCredentials& credentials) const
{
    QStringList problems;
    for (const QString& text : specs) {
        ChatSpec spec;
        QString error;
        ChatConnector* connector = nullptr;
        if (ChatSpec::parse(text, &spec, &error))
            connector = createChatConnector(spec, credentials, nullptr, &error);
        if (!connector) {
            problems << QCoreApplication::translate("vitrine::ChatSources", "%1: %2").arg(text, error);
            continue;
        }
        hub.addConnector(connector);
        connector->start();
    }
    return problems;
}

} // namespace vitrine
