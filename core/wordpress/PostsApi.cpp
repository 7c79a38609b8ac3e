#include "PostsApi.h"
