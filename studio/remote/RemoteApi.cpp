#include "remote/RemoteApi.h"

#include <utility>

namespace vitrine {

RemoteResponse RemoteResponse::success(QJsonObject data)
{
    return {RequestStatus::Success, QString(), std::move(data)};
}

RemoteResponse RemoteResponse::failure(int code, QString comment)
{
    return {code, std::move(comment), QJsonObject()};
}

} // namespace vitrine
