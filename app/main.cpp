// Haul: the GUI lives in the haulapp library; this file only hands over.
#include <csignal>

#include <QApplication>
#include <QNetworkProxyFactory>

#include "commandline.h"
#include "launcher.h"

namespace {

QtMessageHandler defaultHandler = nullptr;

/// Qt's offscreen platform (scripted runs without a display) warns on stderr each time a window's
/// size hints change; that says nothing to the person reading the command's output.
void withoutOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and bad arguments are answered without a display.
    const auto options = haul::preflight(argc, argv);
    if (!options)
        return options.error();
    // Worker threads (the engine, Qt's HTTP threads) on Qt's own event dispatcher, which wakes
    // a thread once for a burst of posted events where glib's writes its eventfd for each: about
    // 25,000 fewer system calls for 1000 small files (docs/BENCHMARKS.md). The GUI thread keeps
    // glib's (QT_NO_GLIB would change that), so what needs a glib main loop there still has it.
    // (Set but empty keeps glib's in every thread, as Qt would have it.)
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    // A write past a file-size limit set on this process fails with EFBIG, as one past FAT32's
    // 4 GiB does, and is explained (FileTooLarge); by default the signal would end Haul silently.
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    defaultHandler = qInstallMessageHandler(withoutOffscreenNoise);
    QApplication app(argc, argv);
    // This computer's proxy settings (http_proxy, https_proxy, no_proxy, the desktop's, through
    // libproxy), as aws-cli and Cyberduck follow them. Qt built with "system-proxies" (Debian's
    // 6.4 is) does so already; said here so that a build without it behaves the same.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    return haul::runApplication(*options);
}
