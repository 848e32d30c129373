#pragma once
// The specialist's registry calls of the app (docs/telemedicine.md): services::ConsultationRemote
// over sync::ConsultationClient. Each call makes its own network manager on the calling thread
// (the inbox screen's worker thread), skips the photos the install already holds, and watches
// `cancel` (set from the GUI thread: the request in flight is aborted).
#include "bhu/services/ConsultationService.h"

#include <atomic>
#include <functional>
#include <memory>

namespace bhu::ui {

using ConsultationRemoteFactory = std::function<services::ConsultationRemote(std::shared_ptr<std::atomic_bool> cancel)>;

services::ConsultationRemote registryConsultationRemote(std::shared_ptr<services::Session> session,
                                                        std::shared_ptr<std::atomic_bool> cancel);

} // namespace bhu::ui
