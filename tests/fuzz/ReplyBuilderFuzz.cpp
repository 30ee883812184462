// Arbitrary text as a viewer's question to the catalogue-aware reply builder, on the demo show's catalogue
// with the first product pinned: never a crash, and any reply it proposes is for a product of the show, is
// not empty, and never sends a link for a sold-out product.
#include "chat/ReplyBuilder.h"
#include "show/ShowDocument.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const vitrine::ReplyBuilder& builder()
{
    static const vitrine::ReplyBuilder built = [] {
        vitrine::ReplyBuilder b;
        QString error;
        const std::optional<vitrine::ShowDocument> show = vitrine::ShowDocument::load(
            QStringLiteral(VITRINE_SOURCE_DIR "/resources/demo/demo.vitrine"), &error);
        if (!show)
            std::abort();
        b.setShow(*show);
        return b;
    }();
    return built;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    vitrine::ChatMessage question;
    question.platform = vitrine::ChatPlatform::Twitch;
    question.text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::optional<vitrine::ReplyBuilder::Proposal> reply =
        builder().propose(question, QStringLiteral("MOUL-ART-01"));
    if (reply) {
        if (reply->text.isEmpty() || reply->sku.isEmpty())
            std::abort();
        if (reply->sku == u"BAL-PREC-01" && reply->topic != vitrine::ReplyBuilder::Topic::Delivery &&
            reply->text.contains(QStringLiteral("http")))
            std::abort(); // the demo's sold-out scale
    }
    return 0;
}
