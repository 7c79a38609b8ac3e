# Translations: the .ts files are complete and match the code (lint), and the apps really speak
# German when asked (widgets offscreen, the CLI through LANG).
set(lupdate_option_arguments)
foreach(option IN LISTS LATCHKEY_LUPDATE_OPTIONS)
    list(APPEND lupdate_option_arguments "--option=${option}")
endforeach()
add_test(NAME translations_check
         COMMAND python3 ${PROJECT_SOURCE_DIR}/translations/check_translations.py
                 --lupdate $<TARGET_FILE:Qt6::lupdate> --source-root ${PROJECT_SOURCE_DIR}
                 ${lupdate_option_arguments}
                 ${PROJECT_SOURCE_DIR}/translations/latchkey_de.ts
                 ${PROJECT_SOURCE_DIR}/translations/latchkey_fr.ts
                 ${PROJECT_SOURCE_DIR}/translations/latchkey_en.ts)
set_tests_properties(translations_check PROPERTIES LABELS lint TIMEOUT 120)

if(LATCHKEY_BUILD_GUI)
    latchkey_add_test(tst_translations UNIT i18n/tst_translations.cpp gui/GuiTestSupport.h)
    target_link_libraries(tst_translations PRIVATE latchkey_gui latchkey_translations)
endif()
