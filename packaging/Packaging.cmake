# Install rules for the man page and the CPack settings for every platform (issue 7).
# Included from the top-level CMakeLists.txt after all install() rules.
#   cmake --build <dir> && (cd <dir> && cpack -G DEB)   ->   tsuzuki_<version>_<arch>.deb
# Windows (NSIS, WiX) and macOS (DragNDrop) settings are here too; packaging/README.md says what else they need.

if(UNIX AND NOT APPLE)
    # tsuzuki-cli(1): troff source with the version filled in, gzipped as Debian policy wants.
    set(man_src "${CMAKE_CURRENT_LIST_DIR}/man/tsuzuki-cli.1")
    set(man_out "${PROJECT_BINARY_DIR}/packaging/man/tsuzuki-cli.1")
    configure_file("${man_src}" "${man_out}" @ONLY)
    find_program(TSUZUKI_GZIP gzip)
    if(TSUZUKI_GZIP)
        add_custom_command(OUTPUT "${man_out}.gz"
            COMMAND "${TSUZUKI_GZIP}" -9 -n -c "${man_out}" > "${man_out}.gz"
            DEPENDS "${man_out}" VERBATIM)
        add_custom_target(tsuzuki_manpage ALL DEPENDS "${man_out}.gz")
        install(FILES "${man_out}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES "${man_out}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endif()

set(CPACK_PACKAGE_NAME "tsuzuki")
set(CPACK_PACKAGE_VENDOR "The Tsuzuki authors")
set(CPACK_PACKAGE_CONTACT "The Tsuzuki authors <tsuzuki-app@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Tsuzuki reads what you watch and log on AniList and records the same episodes and \
movies as plays in your Trakt history. It finds the right Trakt season and episode, previews exactly what a run \
will post, never posts an episode twice, runs on a schedule from the system tray, and has a command-line twin \
(tsuzuki-cli) for servers.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tsuzuki")
set(CPACK_PACKAGE_EXECUTABLES "tsuzuki;Tsuzuki")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)                  # tsuzuki_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Libraries the binaries link are computed by dpkg-shlibdeps. What Qt loads at run time as plugins
    # (SQL drivers) and what QtKeychain dlopen()s (libsecret) cannot be seen by it, so they are named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0, libzstd1")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
    if(TSUZUKI_BUILD_GUI)
        # SVG icons (tray, scalable app icon) need Qt's SVG icon engine; the UI falls back to the PNGs without it.
        set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${CPACK_DEBIAN_PACKAGE_RECOMMENDS}, libqt6svg6, qt6-qpa-plugins")
    endif()
elseif(WIN32)
    # Windows: NSIS (.exe installer) and WiX (.msi). Run windeployqt on the install tree first (packaging/README.md).
    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_NSIS_PACKAGE_NAME "Tsuzuki")
    set(CPACK_NSIS_DISPLAY_NAME "Tsuzuki")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/tsuzuki.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tsuzuki.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON)                           # so tsuzuki-cli runs from any prompt
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Tsuzuki.lnk' '$INSTDIR\\\\bin\\\\tsuzuki.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Tsuzuki.lnk'")
    # Never change this GUID: it lets a newer .msi replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "6F1C2A8E-4B7D-4E53-9A0C-2D5E8B7F1A34")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/tsuzuki.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Tsuzuki")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(APPLE)
    # macOS: a drag-and-drop .dmg of Tsuzuki.app. Needs MACOSX_BUNDLE on the tsuzuki target, macdeployqt,
    # codesign and notarisation (packaging/README.md).
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Tsuzuki")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_BUNDLE_NAME "Tsuzuki")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/tsuzuki.icns")
endif()

# Debian policy: the licence as /usr/share/doc/<package>/copyright.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/tsuzuki RENAME copyright)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")

include(CPack)
