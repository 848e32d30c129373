# One interface target carries the project's warnings, hardening and Qt defines;
# every project target links it (no global add_definitions).
add_library(bhu_options INTERFACE)
add_library(bhu::options ALIAS bhu_options)
target_compile_options(bhu_options INTERFACE
  -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -fstack-protector-strong
  $<$<BOOL:${BHU_WERROR}>:-Werror>)
target_compile_definitions(bhu_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS QT_NO_FOREACH QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(bhu_options INTERFACE -Wl,-z,relro,-z,now)
if(BHU_WITH_ASAN)
  target_compile_options(bhu_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(bhu_options INTERFACE -fsanitize=address,undefined)
endif()
