# Provides bhu::sqlcipher. A system sqlcipher >= 4.5 (pkg-config) is used when present;
# otherwise the pinned official amalgamation is fetched (checked by SHA-256) and built
# as a static library with OpenSSL. Debian's libsqlcipher-dev 3.4 is deliberately ignored.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SYSTEM_SQLCIPHER QUIET IMPORTED_TARGET sqlcipher>=4.5)
endif()

if(SYSTEM_SQLCIPHER_FOUND)
  message(STATUS "SQLCipher: system ${SYSTEM_SQLCIPHER_VERSION}")
  add_library(bhu_sqlcipher INTERFACE)
  target_link_libraries(bhu_sqlcipher INTERFACE PkgConfig::SYSTEM_SQLCIPHER)
  target_compile_definitions(bhu_sqlcipher INTERFACE BHU_SYSTEM_SQLCIPHER)
else()
  set(BHU_SQLCIPHER_DIR "${CMAKE_SOURCE_DIR}/.deps/sqlcipher" CACHE PATH "SQLCipher amalgamation folder")
  execute_process(
    COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/fetch-sqlcipher.sh ${BHU_SQLCIPHER_DIR}
    RESULT_VARIABLE _fetch_rc)
  if(NOT _fetch_rc EQUAL 0)
    message(FATAL_ERROR "SQLCipher 4 sources could not be fetched or failed their checksum "
                        "(see the message above for what to do).")
  endif()
  find_package(OpenSSL 3 REQUIRED)
  find_package(Threads REQUIRED)
  add_library(bhu_sqlcipher STATIC ${BHU_SQLCIPHER_DIR}/sqlite3.c)
  target_include_directories(bhu_sqlcipher SYSTEM PUBLIC ${BHU_SQLCIPHER_DIR})
  target_compile_definitions(bhu_sqlcipher
    PUBLIC SQLITE_HAS_CODEC
    PRIVATE SQLCIPHER_CRYPTO_OPENSSL SQLITE_TEMP_STORE=2 SQLITE_ENABLE_FTS5 SQLITE_THREADSAFE=1
            HAVE_STDINT_H=1 SQLITE_EXTRA_INIT=sqlcipher_extra_init
            SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown SQLITE_DQS=0
            SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_OMIT_LOAD_EXTENSION)
  # Third-party code: build optimised even in Debug and without our warnings.
  target_compile_options(bhu_sqlcipher PRIVATE -O2 -w)
  set_target_properties(bhu_sqlcipher PROPERTIES POSITION_INDEPENDENT_CODE ON C_VISIBILITY_PRESET hidden)
  target_link_libraries(bhu_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
endif()
add_library(bhu::sqlcipher ALIAS bhu_sqlcipher)
