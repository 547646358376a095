# Packaging: what `cmake --install` puts where, and the CPack settings that
# turn it into a Debian package (Linux), an NSIS installer (Windows) or a
# disk image (macOS). Included from the root CMakeLists.txt after the
# lance-desk and lance-engine targets exist. The binaries' own install rules
# stay next to their targets (app/lance_desk.cmake, app/engine/CMakeLists.txt).
#
# One package, lance-desk, holds both binaries: the app embeds the engine
# library anyway, lance-engine is a ~1 MB tool sharing the same Qt runtime,
# and a second package would only add a dependency to keep in step.

set(LANCE_APP_ID com.lance.Desk)
set(LANCE_HOMEPAGE https://lance.example)
set(LANCE_MAINTAINER "Lance Desk contributors <desk@lance.example>")

if(UNIX AND NOT APPLE)
  include(GNUInstallDirs)

  # Directories the install step creates are 0755 whatever the umask of the
  # machine building the package; lintian rejects group-writable ones.
  # CPack.cmake copies this into CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS,
  # which also covers the bin/ that the binaries' own rules create.
  set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
      OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

  # Desktop integration. The icon is named after the application id, like the
  # desktop file and the AppStream component, so that software centres and
  # the shell find all three under one name.
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${LANCE_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${LANCE_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  set(lance_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/lance-desk.svg)
  install(FILES ${lance_icon_svg}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${LANCE_APP_ID}.svg)

  # PNG icons are rendered from the one SVG at build time rather than kept
  # in git, so they can never drift from it. Desktops without an SVG icon
  # loader (and menus asking for exact sizes) use these. rsvg-convert comes
  # from librsvg2-bin (installer/install-deps.sh); without it the package
  # still builds, with the scalable icon only.
  find_program(RSVG_CONVERT rsvg-convert)
  if(RSVG_CONVERT)
    set(lance_icon_pngs)
    foreach(size 16 24 32 48 64 128 256)
      set(dir ${CMAKE_BINARY_DIR}/icons/hicolor/${size}x${size}/apps)
      add_custom_command(
        OUTPUT ${dir}/${LANCE_APP_ID}.png
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                --output ${dir}/${LANCE_APP_ID}.png ${lance_icon_svg}
        DEPENDS ${lance_icon_svg}
        COMMENT "Rendering the ${size}x${size} application icon"
        VERBATIM)
      list(APPEND lance_icon_pngs ${dir}/${LANCE_APP_ID}.png)
      install(FILES ${dir}/${LANCE_APP_ID}.png
              DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(lance_icons ALL DEPENDS ${lance_icon_pngs})
  else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): "
                    "only the scalable application icon will be installed")
  endif()

  # Man pages and the Debian changelog, compressed as Debian policy and
  # lintian want: gzip -9, and -n so the archive holds no file name or time
  # stamp and the package builds byte for byte the same twice.
  set(lance_gz_files)
  set(lance_gz_dir ${CMAKE_BINARY_DIR}/packaging)
  foreach(src ${PROJECT_SOURCE_DIR}/docs/man/lance-desk.1 ${PROJECT_SOURCE_DIR}/docs/man/lance-engine.1
              ${PROJECT_SOURCE_DIR}/installer/debian/changelog)
    get_filename_component(name ${src} NAME)
    add_custom_command(
      OUTPUT ${lance_gz_dir}/${name}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${lance_gz_dir}
      COMMAND ${CMAKE_COMMAND} -E copy ${src} ${lance_gz_dir}/${name}
      COMMAND gzip -9nf ${lance_gz_dir}/${name}
      DEPENDS ${src}
      COMMENT "Compressing ${name}"
      VERBATIM)
    list(APPEND lance_gz_files ${lance_gz_dir}/${name}.gz)
  endforeach()
  add_custom_target(lance_packaging_files ALL DEPENDS ${lance_gz_files})
  install(FILES ${lance_gz_dir}/lance-desk.1.gz ${lance_gz_dir}/lance-engine.1.gz
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

  # The licence, in Debian's machine-readable copyright format, and the
  # changelog: lintian reports a package without either as an error.
  # CMAKE_INSTALL_DOCDIR would follow the project name (LanceDesk); Debian
  # wants the package name.
  install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lance-desk)
  install(FILES ${lance_gz_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lance-desk)
endif()

# Settings every generator shares.
set(CPACK_PACKAGE_NAME lance-desk)
set(CPACK_PACKAGE_VENDOR "Lance Desk contributors")
set(CPACK_PACKAGE_CONTACT "${LANCE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${LANCE_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for the Lance lead enrichment API")
# The extended description: Debian shows it under the summary; paragraphs
# are separated by empty lines, which CPack turns into " .".
set(CPACK_PACKAGE_DESCRIPTION
    "Lance Desk lets sales representatives enrich leads with phone numbers and
emails through the Lance API. Narrow a table of leads with filters, pick
some by hand or all that match, see what the enrichment will cost before a
credit is spent, confirm, and watch each lead go from pending to found, not
found or failed, live. Selections and results can be exported as CSV.

A demo mode works offline against a built-in engine with generated leads.
The package also contains lance-engine, a local server of the same API
backed by SQLite, for demos, scripts and tests.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lance Desk")
set(CPACK_PACKAGE_EXECUTABLES lance-desk "Lance Desk")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Debug info stays in the build tree; the installed binaries are stripped.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
  # lance-desk_0.1.0_amd64.deb, Debian's own naming.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LANCE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${LANCE_HOMEPAGE})
  # dpkg-shlibdeps reads the binaries' NEEDED entries and writes the library
  # packages, with versions, into Depends.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # What it cannot see, because Qt loads it at run time as a plugin: the
  # SQLite driver (demo mode and the engine), the platform plugins (xcb,
  # wayland, offscreen) and the SVG icon engine (every icon is an SVG).
  # CPack appends the shlibdeps result to this list.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= 6.4), qt6-qpa-plugins (>= 6.4), libqt6svg6 (>= 6.4)")
  # The API token is kept in the Secret Service; without a keyring the app
  # still works and asks for the token on every run.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS gnome-keyring)
endif()

# Windows and macOS: not built here, kept so those builds package the same
# way. qt_generate_deploy_app_script (Qt 6.3+; in 6.4 it takes TARGET and
# FILENAME_VARIABLE) writes a script that runs windeployqt or macdeployqt at
# install time, so the installer carries the Qt libraries and plugins.
if(WIN32)
  qt_generate_deploy_app_script(TARGET lance-desk FILENAME_VARIABLE lance_deploy_script)
  install(SCRIPT ${lance_deploy_script})
  # windeployqt copies the Qt DLLs next to lance-desk.exe in bin/;
  # lance-engine.exe, installed in the same directory, uses the same ones.
  set(CPACK_GENERATOR NSIS)
  # WiX wants the licence as .txt or .rtf; NSIS takes either.
  configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt COPYONLY)
  set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt)
  set(CPACK_NSIS_DISPLAY_NAME "Lance Desk")
  set(CPACK_NSIS_PACKAGE_NAME "Lance Desk")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\lance-desk.exe)
  set(CPACK_NSIS_URL_INFO_ABOUT ${LANCE_HOMEPAGE})
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  # `cpack -G WIX` works as well; the upgrade code must never change, or
  # Windows installs a new version next to the old one instead of over it.
  set(CPACK_WIX_UPGRADE_GUID 5B0E8A34-6C1D-4B7E-9F21-3A8D2C4E7B10)
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "Lance Desk")
elseif(APPLE)
  # lance-desk is an app bundle there (app/lance_desk.cmake); these fill its
  # Info.plist.
  set_target_properties(lance-desk PROPERTIES
    MACOSX_BUNDLE_GUI_IDENTIFIER ${LANCE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "Lance Desk"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
  qt_generate_deploy_app_script(TARGET lance-desk FILENAME_VARIABLE lance_deploy_script)
  install(SCRIPT ${lance_deploy_script})
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "Lance Desk")
endif()

include(CPack)
