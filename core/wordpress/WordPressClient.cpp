#include "WordPressClient.h"
