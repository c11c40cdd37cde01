// Haul: the GUI lives in the haulapp library; this file only hands over.
#include <QApplication>

#include "commandline.h"
#include "launcher.h"

int main(int argc, char *argv[])
{
    // --help, --version and bad arguments are answered without a display.
    const auto options = haul::preflight(argc, argv);
    if (!options)
        return options.error();
    QApplication app(argc, argv);
    return haul::runApplication(*options);
}
