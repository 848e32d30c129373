# Debian packages with CPack (`make package`, docs/installing.md):
#   bhu-clinic    bhu-clinic + bhuctl, translations, desktop entry (English/Urdu), icon, man pages
#   bhu-registry  bhu-registry, systemd unit, /etc/bhu-registry/registry.conf, the database
#                 preparation script, man page
# Dependencies come from dpkg-shlibdeps (package dpkg-dev). SQLCipher is linked statically
# (cmake/SQLCipher.cmake), so neither package depends on a SQLCipher library.
# Files live in installer/ (Debian maintainer scripts, desktop entry, icon, man pages, unit).
if(NOT UNIX OR APPLE)
  return()
endif()
include(GNUInstallDirs)
set(_inst ${PROJECT_SOURCE_DIR}/installer)

if(SYSTEM_SQLCIPHER_FOUND)
  message(WARNING "Packaging: SQLCipher comes from the system (${SYSTEM_SQLCIPHER_VERSION}); the packages will "
                  "depend on its library. The supported packages link the pinned SQLCipher statically.")
endif()

# Man pages are installed gzipped (Debian policy); compressed when CMake configures.
function(bhu_gzip_man page out)
  set(_gz ${CMAKE_BINARY_DIR}/man/${page}.gz)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/man)
  execute_process(COMMAND gzip -9 -n -c ${_inst}/man/${page} OUTPUT_FILE ${_gz} RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "gzip of installer/man/${page} failed")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_inst}/man/${page})
  set(${out} ${_gz} PARENT_SCOPE)
endfunction()

# --- bhu-clinic -------------------------------------------------------------------------------
if(TARGET bhu-clinic)
  install(FILES ${_inst}/common/bhu-clinic.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT clinic)
  install(FILES ${_inst}/common/bhu-clinic.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT clinic)
  bhu_gzip_man(bhu-clinic.1 _man_clinic)
  bhu_gzip_man(bhuctl.1 _man_bhuctl)
  install(FILES ${_man_clinic} ${_man_bhuctl} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT clinic)
endif()

# --- bhu-registry -----------------------------------------------------------------------------
if(TARGET bhu-registry)
  install(TARGETS bhu-registry RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT registry)
  install(PROGRAMS ${_inst}/debian/registry/bhu-registry-prepare-db DESTINATION ${CMAKE_INSTALL_SBINDIR} COMPONENT registry)
  install(FILES ${_inst}/debian/registry/bhu-registry.service DESTINATION lib/systemd/system COMPONENT registry)
  # Absolute: /etc whatever the prefix (a conffile, listed in installer/debian/registry/conffiles).
  install(FILES ${_inst}/debian/registry/registry.conf DESTINATION /etc/bhu-registry COMPONENT registry)
  bhu_gzip_man(bhu-registry.8 _man_registry)
  install(FILES ${_man_registry} DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT registry)
endif()

set(CPACK_PACKAGE_NAME bhu)
set(CPACK_PACKAGE_VENDOR "BHU Clinic project")
set(CPACK_PACKAGE_CONTACT "BHU Clinic maintainers <bhu-clinic@invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL)
if(TARGET bhu-clinic)
  list(APPEND CPACK_COMPONENTS_ALL clinic)
endif()
if(TARGET bhu-registry)
  list(APPEND CPACK_COMPONENTS_ALL registry)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)

set(CPACK_DEBIAN_CLINIC_PACKAGE_NAME bhu-clinic)
set(CPACK_DEBIAN_CLINIC_PACKAGE_SECTION science)
# Nastaliq for Urdu (docs/platform-notes.md).
set(CPACK_DEBIAN_CLINIC_PACKAGE_RECOMMENDS "fonts-noto-core")
set(CPACK_COMPONENT_CLINIC_DESCRIPTION "BHU Clinic desktop program and bhuctl
 Offline-first patient records for Basic Health Units: the Qt desktop program bhu-clinic and
 the command line bhuctl, on an encrypted local database (SQLCipher 4, linked in). Databases
 live in each user's data folder (~/.local/share/bhu/bhu-clinic/), never under /usr; removing
 or purging the package leaves them in place.")
set(CPACK_DEBIAN_CLINIC_PACKAGE_CONTROL_EXTRA ${_inst}/debian/clinic/postrm)

set(CPACK_DEBIAN_REGISTRY_PACKAGE_NAME bhu-registry)
set(CPACK_DEBIAN_REGISTRY_PACKAGE_SECTION net)
# adduser: postinst makes the system user; postgresql-client: the preparation script (psql).
set(CPACK_DEBIAN_REGISTRY_PACKAGE_DEPENDS "adduser, postgresql-client")
set(CPACK_DEBIAN_REGISTRY_PACKAGE_RECOMMENDS "postgresql (>= 15)")
set(CPACK_COMPONENT_REGISTRY_DESCRIPTION "BHU national patient registry service
 bhu-registry: the FHIR R4 registry the BHU clinics sync with, on PostgreSQL. Ships a systemd
 unit, /etc/bhu-registry/registry.conf and bhu-registry-prepare-db, which creates the database
 and brings its schema up to date. Removing or purging the package never drops the database.")
set(CPACK_DEBIAN_REGISTRY_PACKAGE_CONTROL_EXTRA
  ${_inst}/debian/registry/postinst ${_inst}/debian/registry/postrm ${_inst}/debian/registry/conffiles)

include(CPack)
