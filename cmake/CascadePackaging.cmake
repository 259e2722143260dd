# Installation layout and CPack (DEB, TGZ). Included from the top-level CMakeLists.txt after app/,
# so the `cascade` target exists. docs/PACKAGING.md explains how the packages are built and checked.
include(GNUInstallDirs)

set(CASCADE_APP_ID io.github.cascade.Cascade)
set(CASCADE_HOMEPAGE https://github.com/cascade-app/cascade)
set(_pkg ${CMAKE_SOURCE_DIR}/packaging)

# Debian wants the doc directory named after the package, not the CMake project.
set(CASCADE_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/cascade)

install(TARGETS cascade RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${_pkg}/${CASCADE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg}/${CASCADE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/cascade.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CASCADE_APP_ID}.svg)
# Debian's machine-readable copyright pointing at /usr/share/common-licenses/GPL-3 (lintian rejects a
# copy of the full GPL there); LICENSE in the source tree carries the full text.
install(FILES ${_pkg}/copyright DESTINATION ${CASCADE_DOCDIR})
# The recorder as a service for a team store (docs/TEAM.md): one instance per stream.
install(FILES ${_pkg}/systemd/cascade-recorder@.service ${_pkg}/systemd/cascade-options-recorder@.service
        DESTINATION lib/systemd/system)

# Fixed-size icons for desktops that do not scale SVG, rendered from the one SVG at build time.
find_program(CASCADE_RSVG_CONVERT rsvg-convert)
if(NOT CASCADE_RSVG_CONVERT)
  message(FATAL_ERROR "rsvg-convert not found: it renders the hicolor PNG icons from resources/cascade.svg. "
                      "Install the Debian package librsvg2-bin (scripts/deps.sh does).")
endif()
set(_icon_outputs)
foreach(size 16 22 24 32 48 64 128 256 512)
  set(_png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${CASCADE_APP_ID}.png)
  add_custom_command(OUTPUT ${_png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
    COMMAND ${CASCADE_RSVG_CONVERT} --width=${size} --height=${size} --output=${_png}
            ${CMAKE_SOURCE_DIR}/resources/cascade.svg
    DEPENDS ${CMAKE_SOURCE_DIR}/resources/cascade.svg
    COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
  list(APPEND _icon_outputs ${_png})
  install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian policy: a native package ships its changelog and man page gzipped without timestamps (-n).
find_program(CASCADE_GZIP gzip REQUIRED)
set(_changelog_gz ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
set(_manpage_gz ${CMAKE_BINARY_DIR}/packaging/cascade.1.gz)
add_custom_command(OUTPUT ${_changelog_gz}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND ${CASCADE_GZIP} -9n -c ${_pkg}/changelog > ${_changelog_gz}
  DEPENDS ${_pkg}/changelog VERBATIM)
add_custom_command(OUTPUT ${_manpage_gz}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND ${CASCADE_GZIP} -9n -c ${_pkg}/cascade.1 > ${_manpage_gz}
  DEPENDS ${_pkg}/cascade.1 VERBATIM)
add_custom_target(cascade_package_files ALL DEPENDS ${_icon_outputs} ${_changelog_gz} ${_manpage_gz})
install(FILES ${_changelog_gz} DESTINATION ${CASCADE_DOCDIR})
install(FILES ${_manpage_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The desktop entry and the AppStream metainfo are validated by the test suite when the tools exist.
if(CASCADE_BUILD_TESTS)
  find_program(CASCADE_DESKTOP_FILE_VALIDATE desktop-file-validate)
  find_program(CASCADE_APPSTREAMCLI appstreamcli)
  if(CASCADE_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_file
             COMMAND ${CASCADE_DESKTOP_FILE_VALIDATE} ${_pkg}/${CASCADE_APP_ID}.desktop)
    # desktop-file-validate exits 0 on hints; fail on any error or warning line.
    set_tests_properties(packaging_desktop_file PROPERTIES FAIL_REGULAR_EXPRESSION "error:;warning:")
  endif()
  if(CASCADE_APPSTREAMCLI)
    add_test(NAME packaging_metainfo
             COMMAND ${CASCADE_APPSTREAMCLI} validate --no-net --pedantic ${_pkg}/${CASCADE_APP_ID}.metainfo.xml)
  endif()
endif()

# CPack: a .deb with its dependencies from dpkg-shlibdeps, and a relocatable .tar.gz.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME cascade)
set(CPACK_PACKAGE_VENDOR "Cascade developers")
set(CPACK_PACKAGE_CONTACT "Cascade developers <cascade-app@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "market-structure charts for crypto derivatives")
set(CPACK_PACKAGE_HOMEPAGE_URL ${CASCADE_HOMEPAGE})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CASCADE_HOMEPAGE})
# Plugins Qt loads at run time: dpkg-shlibdeps cannot see them, so they are named here.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# The extended description; CPack puts the summary on the synopsis line and indents these lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Cascade fetches liquidations, options open interest and candles from
exchange APIs, keeps them in a local SQLite store and draws price charts,
liquidation heatmaps, estimated liquidation levels, options walls, long/short
imbalance and support zones. Every view can also be rendered to PNG and every
series exported to CSV from the command line.")

# The .tar.gz name; the .deb takes Debian's own name (DEB-DEFAULT above).
set(CPACK_PACKAGE_FILE_NAME "cascade-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
include(CPack)
