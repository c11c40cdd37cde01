# CPack: the .deb for Debian 12 (built and tested here), plus NSIS for Windows and DragNDrop for
# macOS (configured, untested). Included at the end of the top-level CMakeLists.txt.
#
#   cmake --build build --target package      # everything, then the platform's packages
#   cd build && cpack -G DEB                   # the .deb only (after a build)
#
# Packages land in <build>/packages/. installer/README.md describes the contents;
# tests/installer/test_deb.sh installs the .deb into a throw-away root and starts it.
include(${CMAKE_CURRENT_LIST_DIR}/install.cmake)

set(HAUL_PACKAGE_MAINTAINER "Haul maintainers <maintainers@haul.invalid>" CACHE STRING
    "Maintainer of the packages: 'Name <e-mail>' (set it for a release)")

set(CPACK_PACKAGE_NAME haul)
set(CPACK_PACKAGE_VENDOR "The Haul developers")
set(CPACK_PACKAGE_CONTACT "${HAUL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "move large files to and from S3 storage, verified")
set(CPACK_PACKAGE_DESCRIPTION
"Haul is a desktop program that moves big data to and from Amazon S3 and
S3-compatible storage (Ceph RGW, MinIO, ...) for people who are not at a
command line. Drag files onto the window: large files go up as multipart
uploads over many connections at once, every part is checked, and a file is
marked verified once the store's checksum matches. Transfers can be paused
and resumed, and the queue survives a restart or a lost network.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Haul)
set(CPACK_PACKAGE_EXECUTABLES haul Haul)   # Start menu entry (NSIS)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
if(EXISTS ${PROJECT_SOURCE_DIR}/README.md)
  set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
endif()

# Source packages (`package_source`): the tree without build directories and node modules.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/node_modules/" "__pycache__")

# ---- Debian 12 (.deb): built and tested here ---------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME haul)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # haul_<version>-1_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HAUL_PACKAGE_MAINTAINER}")
# Libraries the binary links (libc6, libqt6core6, libqt6keychain1, libisal2, ...) are found by
# dpkg-shlibdeps (package dpkg-dev). Added to them, what Qt loads at run time and no ELF header
# names:
#  - libqt6svg6: the SVG icon engine and image plugin. Every icon of Haul is an SVG; without
#    it the toolbar, queue states and window icon are blank.
#  - qt6-translations-l10n: Qt's own strings (dialog buttons, ...) in the user's language.
# (The X11 platform plugin, libqxcb.so, is in libqt6gui6, which shlibdeps already lists. Debian
# 12's qt6-qpa-plugins holds only the VNC and TUIO plugins, so it is not a dependency.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-translations-l10n")
# Native Wayland instead of XWayland; the CA certificates that HTTPS to AWS is checked against.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, ca-certificates")
# The debug symbols go into haul-dbgsym_<version>-1_<arch>.ddeb; the .deb gets a stripped binary.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)

# ---- Windows (NSIS): configured, untested: cannot be built on this machine ---------------------
# Needs on the Windows build machine: NSIS 3 on PATH, Qt 6.4 for MSVC, qtkeychain and ISA-L built
# for Windows. Qt's deploy script (windeployqt) copies the Qt DLLs and plugins next to haul.exe;
# it does not know qtkeychain or ISA-L, whose DLLs must be installed by an install(FILES) rule.
if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
  set(CPACK_NSIS_PACKAGE_NAME "Haul ${PROJECT_VERSION}")
  set(CPACK_NSIS_DISPLAY_NAME "Haul")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\haul.exe")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH OFF)
  set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
  set(CPACK_NSIS_CONTACT "${HAUL_PACKAGE_MAINTAINER}")
  # No .ico exists yet (resources/icons has SVG only); set CPACK_NSIS_MUI_ICON once one does.
endif()

# ---- macOS (DragNDrop .dmg): configured, untested: cannot be built on this machine -------------
# A drag-to-Applications disk image needs haul to be an app bundle: app/CMakeLists.txt would set
# MACOSX_BUNDLE on the haul target and give its install() a `BUNDLE DESTINATION .`. Until then the
# .dmg holds a bare bin/haul without Qt, and configure says so. Qt's deploy script (macdeployqt)
# copies Qt into the bundle; qtkeychain and ISA-L dylibs must be added like on Windows.
if(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "Haul ${PROJECT_VERSION}")
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_DMG_FILESYSTEM APFS)
endif()

# Windows and macOS: Qt's own deployment (Qt 6.4: technical preview, FILENAME_VARIABLE form)
# copies the Qt libraries and plugins haul needs into the install tree, so the packages run on
# machines without Qt. On macOS it refuses a target that is not a bundle.
set(_haul_deploy OFF)
if(WIN32)
  set(_haul_deploy ON)
elseif(APPLE)
  get_target_property(_haul_is_bundle haul MACOSX_BUNDLE)
  if(_haul_is_bundle)
    set(_haul_deploy ON)
  else()
    message(WARNING "installer: haul is not a MACOSX_BUNDLE, so the .dmg holds no Haul.app and "
                    "no Qt (configured, untested: see installer/README.md)")
  endif()
endif()
if(_haul_deploy)
  qt_generate_deploy_app_script(TARGET haul FILENAME_VARIABLE _haul_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${_haul_deploy_script})
endif()

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
endif()
include(CPack)
