# What `cmake --install` (and so every CPack package) puts where, apart from the executable
# itself (app/CMakeLists.txt: bin/haul). Included by installer/packaging.cmake.
#
# Linux (freedesktop):
#   share/applications/haul.desktop                 launcher, "Open with Haul" for files/folders
#   share/metainfo/io.github.haul.Haul.metainfo.xml AppStream: software centres list Haul
#   share/icons/hicolor/scalable/apps/haul.svg      the app icon (Icon=haul)
#   share/icons/hicolor/<N>x<N>/apps/haul.png       48, 64, 128, 256 px, rendered from the SVG at
#                                                   build time when rsvg-convert is available
#   share/haul/translations/*.qm                    only if the build writes .qm files into
#                                                   <build>/translations/ (see below)
include(GNUInstallDirs)

set(HAUL_APPSTREAM_ID io.github.haul.Haul)
set(HAUL_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/haul.svg)
set(HAUL_ICON_PNG_SIZES 48 64 128 256)

# PNG icons for the hicolor sizes that menus, docks and software centres ask for first. Built by
# `all` (target haul_icons) so that cpack finds them; without rsvg-convert (package
# librsvg2-bin) the target is empty and only the scalable SVG is installed.
find_program(HAUL_RSVG_CONVERT rsvg-convert)
set(HAUL_ICON_PNGS)
if(HAUL_RSVG_CONVERT)
  foreach(size IN LISTS HAUL_ICON_PNG_SIZES)
    set(png ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/haul.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps
      COMMAND ${HAUL_RSVG_CONVERT} --width=${size} --height=${size} --format=png
              --output=${png} ${HAUL_ICON_SVG}
      DEPENDS ${HAUL_ICON_SVG}
      COMMENT "Rendering the ${size}x${size} app icon"
      VERBATIM)
    list(APPEND HAUL_ICON_PNGS ${png})
  endforeach()
elseif(UNIX AND NOT APPLE)
  message(STATUS "rsvg-convert not found (package librsvg2-bin): installing the SVG app icon only")
endif()
add_custom_target(haul_icons ALL DEPENDS ${HAUL_ICON_PNGS})

if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/haul.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${HAUL_APPSTREAM_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${HAUL_ICON_SVG}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size IN LISTS HAUL_ICON_PNG_SIZES)
    set(png ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/haul.png)
    if(png IN_LIST HAUL_ICON_PNGS)
      install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endif()
  endforeach()
endif()

# Translations. Haul's own .qm files are compiled into the binary (app/CMakeLists.txt:
# qt_add_translations, a resource under :/haul/i18n) and Qt's own come from the system package
# qt6-translations-l10n (a Depends of the .deb), so there is nothing to install. Should the build
# start writing loose .qm files into <build>/translations/ (e.g. qt_add_translations with
# QM_FILES_OUTPUT_VARIABLE and OUTPUT_LOCATION there), they are installed to
# share/haul/translations/ without a change here; OPTIONAL: no directory, no error.
install(DIRECTORY ${PROJECT_BINARY_DIR}/translations/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/haul/translations
        OPTIONAL FILES_MATCHING PATTERN "*.qm")
