#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVector>

#include <functional>
#include <memory>

namespace lifeboat {

// Runs blocking `work` (a repository unlock, a pipeline, SSH) on a thread of its own and hands
// its result to `then` on `receiver`'s thread. The thread goes into `threads`, which the
// receiver's destructor must join before it is gone, so no result is ever posted to a
// destroyed object; a finished thread deletes itself.
template <typename R>
void runOffThread(QObject* receiver, QVector<QPointer<QThread>>& threads, std::function<R()> work,
                  std::function<void(R)> then)
{
    QThread* thread = QThread::create([receiver, work = std::move(work), then = std::move(then)]() mutable {
        auto result = std::make_shared<R>(work());
        QMetaObject::invokeMethod(
            receiver, [then = std::move(then), result] { then(std::move(*result)); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    threads.append(thread);
    thread->start();
}

} // namespace lifeboat
