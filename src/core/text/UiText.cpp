#include "core/text/UiText.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace shotscape {

namespace {

struct Entry {
  const char* en;
  const char* fr;
  const char* ja;
  const char* ar;
};

// One row per string: English (the key), French, Japanese, Arabic.
constexpr Entry kTable[] = {
    // The chrome and its buttons
    {"Directed by {0}", "Réalisé par {0}", "監督：{0}", "إخراج {0}"},
    {"In the manifest at {0}", "Dans le manifeste, à {0}", "マニフェストの {0}", "في البيان عند {0}"},
    {"This shot can't be shown", "Ce plan ne peut pas être affiché", "このショットは表示できません", "لا يمكن عرض هذه اللقطة"},
    {"Stop following the phone's motion", "Ne plus suivre les mouvements du téléphone", "スマートフォンの動きに追従しない", "إيقاف تتبع حركة الهاتف"},
    {"Tap to let the phone's motion turn the view", "Touchez pour que les mouvements du téléphone orientent la vue",
     "タップすると、スマートフォンの動きで視点が回転します", "انقر لتدع حركة الهاتف تُدير المشهد"},
    {"Move your phone to look around", "Bougez votre téléphone pour regarder autour", "スマートフォンを動かして見回す", "حرّك هاتفك للنظر حولك"},
    {"Enter VR (a headset)", "Passer en réalité virtuelle (casque)", "VRに入る（ヘッドセット）", "الدخول إلى الواقع الافتراضي (نظارة)"},
    {"Share this moment", "Partager ce moment", "この瞬間を共有", "مشاركة هذه اللحظة"},
    {"Reset view (0)", "Réinitialiser la vue (0)", "視点をリセット (0)", "إعادة ضبط المشهد (0)"},
    {"Projection: standard. Next: little planet (P)", "Projection : standard. Suivante : petite planète (P)",
     "投影：標準。次：リトルプラネット (P)", "الإسقاط: قياسي. التالي: كوكب صغير (P)"},
    {"Projection: little planet. Next: fisheye (P)", "Projection : petite planète. Suivante : fisheye (P)",
     "投影：リトルプラネット。次：魚眼 (P)", "الإسقاط: كوكب صغير. التالي: عين السمكة (P)"},
    {"Projection: fisheye. Next: standard (P)", "Projection : fisheye. Suivante : standard (P)", "投影：魚眼。次：標準 (P)",
     "الإسقاط: عين السمكة. التالي: قياسي (P)"},
    {"Exit fullscreen (F)", "Quitter le plein écran (F)", "全画面表示を終了 (F)", "الخروج من ملء الشاشة (F)"},
    {"Fullscreen (F)", "Plein écran (F)", "全画面表示 (F)", "ملء الشاشة (F)"},
    {"Loading shot", "Chargement du plan", "ショットを読み込み中", "جارٍ تحميل اللقطة"},
    {"Loading video", "Chargement de la vidéo", "動画を読み込み中", "جارٍ تحميل الفيديو"},
    {"Loading panorama", "Chargement du panorama", "パノラマを読み込み中", "جارٍ تحميل البانوراما"},
    {"Loading {0}", "Chargement : {0}", "{0} を読み込み中", "جارٍ تحميل {0}"},
    {"Preparing panorama", "Préparation du panorama", "パノラマを準備中", "جارٍ تجهيز البانوراما"},
    // The element's own (web/player/element.js)
    {"360° view. Drag or use the arrow keys to look around, + and - to zoom.",
     "Vue à 360°. Faites glisser ou utilisez les flèches pour regarder autour, + et - pour zoomer.",
     "360°ビュー。ドラッグまたは矢印キーで見回し、+ と - でズームします。",
     "عرض بزاوية 360°. اسحب أو استخدم مفاتيح الأسهم للنظر حولك، و+ و- للتكبير والتصغير."},
    {"Drag to look around", "Faites glisser pour regarder autour", "ドラッグして見回す", "اسحب للنظر حولك"},
    {"Swipe to look around", "Balayez pour regarder autour", "スワイプして見回す", "مرّر للنظر حولك"},
    {"Dismiss the hint", "Fermer l'astuce", "ヒントを閉じる", "إغلاق التلميح"},
    // The share menu
    {"Start at {0}", "Commencer à {0}", "{0} から開始", "البدء عند {0}"},
    {"Copy link", "Copier le lien", "リンクをコピー", "نسخ الرابط"},
    {"Share…", "Partager…", "共有…", "مشاركة…"},
    {"Copy embed code", "Copier le code d'intégration", "埋め込みコードをコピー", "نسخ رمز التضمين"},
    {"Copy script tag", "Copier la balise script", "scriptタグをコピー", "نسخ وسم script"},
    {"Link copied", "Lien copié", "リンクをコピーしました", "تم نسخ الرابط"},
    {"Embed code copied", "Code d'intégration copié", "埋め込みコードをコピーしました", "تم نسخ رمز التضمين"},
    {"Script tag copied", "Balise script copiée", "scriptタグをコピーしました", "تم نسخ وسم script"},
    {"Shared", "Partagé", "共有しました", "تمت المشاركة"},
    {"Could not copy ({0}): select and copy the link instead", "Copie impossible ({0}) : sélectionnez et copiez le lien",
     "コピーできませんでした（{0}）。リンクを選択してコピーしてください", "تعذّر النسخ ({0}): حدّد الرابط وانسخه بنفسك"},
    // The shortcuts
    {"Keyboard shortcuts", "Raccourcis clavier", "キーボードショートカット", "اختصارات لوحة المفاتيح"},
    {"Close the shortcuts (Escape)", "Fermer les raccourcis (Échap)", "ショートカットを閉じる (Esc)", "إغلاق الاختصارات (Escape)"},
    {"Tab, Shift+Tab", "Tab, Maj+Tab", "Tab、Shift+Tab", "Tab، Shift+Tab"},
    {"Move between hotspots, ways and controls", "Passer d'un point d'intérêt, d'un passage ou d'une commande à l'autre",
     "ホットスポット、通路、操作ボタンの間を移動", "التنقل بين النقاط والممرات وعناصر التحكم"},
    {"Enter, Space", "Entrée, Espace", "Enter、Space", "Enter، المسافة"},
    {"Open the focused hotspot, press the focused control", "Ouvrir le point d'intérêt sélectionné, activer la commande sélectionnée",
     "フォーカス中のホットスポットを開く、操作ボタンを押す", "فتح النقطة المحددة أو الضغط على عنصر التحكم المحدد"},
    {"Arrows", "Flèches", "矢印キー", "الأسهم"},
    {"Look around (on a seek bar: move in time)", "Regarder autour (sur une barre de lecture : se déplacer dans le temps)",
     "見回す（シークバーでは時間を移動）", "النظر حولك (على شريط التقدم: التنقل في الزمن)"},
    {"Zoom in, out", "Zoom avant, arrière", "ズームイン、ズームアウト", "تكبير، تصغير"},
    {"Reset the view", "Réinitialiser la vue", "視点をリセット", "إعادة ضبط المشهد"},
    {"Escape", "Échap", "Esc", "Escape"},
    {"Close the open panel or menu", "Fermer le panneau ou le menu ouvert", "開いているパネルやメニューを閉じる", "إغلاق اللوحة أو القائمة المفتوحة"},
    {"Play or pause the video", "Lire ou mettre en pause la vidéo", "動画を再生・一時停止", "تشغيل الفيديو أو إيقافه مؤقتًا"},
    {"Back, forward 10 seconds", "Reculer, avancer de 10 secondes", "10秒戻る・進む", "الرجوع أو التقدم 10 ثوانٍ"},
    {"Sound on or off", "Activer ou couper le son", "音声のオン・オフ", "تشغيل الصوت أو كتمه"},
    {"Captions on or off", "Activer ou désactiver les sous-titres", "字幕のオン・オフ", "تشغيل الترجمة أو إيقافها"},
    {"Next projection", "Projection suivante", "次の投影", "الإسقاط التالي"},
    {"Fullscreen", "Plein écran", "全画面表示", "ملء الشاشة"},
    {"Show or hide these shortcuts", "Afficher ou masquer ces raccourcis", "このショートカット一覧の表示・非表示", "إظهار هذه الاختصارات أو إخفاؤها"},
    {"Keyboard shortcuts. Press Escape or the question mark to close.",
     "Raccourcis clavier. Appuyez sur Échap ou sur le point d'interrogation pour fermer.",
     "キーボードショートカット。Escキーまたは疑問符キーで閉じます。", "اختصارات لوحة المفاتيح. اضغط Escape أو علامة الاستفهام للإغلاق."},
    {"Keyboard shortcuts closed", "Raccourcis clavier fermés", "キーボードショートカットを閉じました", "تم إغلاق اختصارات لوحة المفاتيح"},
    // The hotspot's panel
    {"Loading…", "Chargement…", "読み込み中…", "جارٍ التحميل…"},
    {"Pause the clip", "Mettre l'extrait en pause", "クリップを一時停止", "إيقاف المقطع مؤقتًا"},
    {"Play the clip", "Lire l'extrait", "クリップを再生", "تشغيل المقطع"},
    {"Hear the clip, pausing the commentary (M)", "Écouter l'extrait, en mettant le commentaire en pause (M)",
     "クリップの音声を聞く（解説は一時停止）(M)", "الاستماع إلى المقطع مع إيقاف التعليق مؤقتًا (M)"},
    {"Mute the clip (M)", "Couper le son de l'extrait (M)", "クリップをミュート (M)", "كتم صوت المقطع (M)"},
    {"Back to the panel", "Revenir au panneau", "パネルに戻る", "العودة إلى اللوحة"},
    {"Side by side with the shot", "Côte à côte avec le plan", "ショットと並べて表示", "جنبًا إلى جنب مع اللقطة"},
    {"Pause the commentary", "Mettre le commentaire en pause", "解説を一時停止", "إيقاف التعليق مؤقتًا"},
    {"Play the commentary", "Lire le commentaire", "解説を再生", "تشغيل التعليق"},
    {"Seek", "Se déplacer", "シーク", "انتقال"},
    {"Commentary position", "Position dans le commentaire", "解説の再生位置", "موضع التعليق"},
    {"{0}. Left and right arrows move 5 seconds", "{0}. Les flèches gauche et droite déplacent de 5 secondes",
     "{0}。左右の矢印キーで5秒移動", "{0}. السهمان الأيمن والأيسر ينقلان 5 ثوانٍ"},
    {"Captions off (C)", "Désactiver les sous-titres (C)", "字幕をオフ (C)", "إيقاف الترجمة (C)"},
    {"Captions on (C)", "Activer les sous-titres (C)", "字幕をオン (C)", "تشغيل الترجمة (C)"},
    {"Close the caption style", "Fermer le style des sous-titres", "字幕スタイルを閉じる", "إغلاق نمط الترجمة"},
    {"Caption style: size, colours, font", "Style des sous-titres : taille, couleurs, police", "字幕スタイル：サイズ、色、フォント",
     "نمط الترجمة: الحجم والألوان والخط"},
    {"{0} captions", "Sous-titres : {0}", "字幕：{0}", "الترجمة: {0}"},
    {"No transcript.", "Pas de transcription.", "文字起こしはありません。", "لا يوجد نص مكتوب."},
    {"Close (Esc)", "Fermer (Échap)", "閉じる (Esc)", "إغلاق (Esc)"},
    {"Director's commentary", "Commentaire du réalisateur", "監督による解説", "تعليق المخرج"},
    {"Go to {0}", "Aller à {0}", "{0}へ移動", "الانتقال إلى {0}"},
    {"The browser paused the clip: press play.", "Le navigateur a mis l'extrait en pause : appuyez sur lecture.",
     "ブラウザがクリップを一時停止しました。再生を押してください。", "أوقف المتصفح المقطع مؤقتًا: اضغط تشغيل."},
    {"The browser held the commentary back: press play to listen.",
     "Le navigateur a retenu le commentaire : appuyez sur lecture pour l'écouter.",
     "ブラウザが解説の再生を保留しました。再生を押して聞いてください。", "أوقف المتصفح التعليق: اضغط تشغيل للاستماع."},
    {"Loading the commentary…", "Chargement du commentaire…", "解説を読み込み中…", "جارٍ تحميل التعليق…"},
    {"Captions unavailable: {0}", "Sous-titres indisponibles : {0}", "字幕を利用できません：{0}", "الترجمة غير متاحة: {0}"},
    {"Loading captions…", "Chargement des sous-titres…", "字幕を読み込み中…", "جارٍ تحميل الترجمة…"},
    // The caption style
    {"Caption style", "Style des sous-titres", "字幕スタイル", "نمط الترجمة"},
    {"Text size", "Taille du texte", "文字サイズ", "حجم النص"},
    {"Text colour", "Couleur du texte", "文字色", "لون النص"},
    {"Background", "Arrière-plan", "背景", "الخلفية"},
    {"Background opacity", "Opacité de l'arrière-plan", "背景の不透明度", "عتامة الخلفية"},
    {"Edge", "Contour", "縁取り", "الحافة"},
    {"Font", "Police", "フォント", "الخط"},
    {"None", "Aucun", "なし", "بلا"},
    {"Raised", "En relief", "浮き彫り", "بارز"},
    {"Depressed", "En creux", "くぼみ", "غائر"},
    {"Outline", "Contour uniforme", "輪郭", "محدد"},
    {"Shadow", "Ombre portée", "影", "ظل"},
    {"Standard", "Standard", "標準", "قياسي"},
    {"Monospace", "Chasse fixe", "等幅", "أحادي المسافة"},
    {"Casual", "Décontractée", "カジュアル", "غير رسمي"},
    {"Captions look like this", "Les sous-titres ressembleront à ceci", "字幕はこのように表示されます", "ستظهر الترجمة هكذا"},
    {"Reset", "Réinitialiser", "リセット", "إعادة الضبط"},
    {"Done", "Terminé", "完了", "تم"},
    {"Reset the caption style", "Réinitialiser le style des sous-titres", "字幕スタイルをリセット", "إعادة ضبط نمط الترجمة"},
    {"Done, close the caption style", "Terminé, fermer le style des sous-titres", "完了、字幕スタイルを閉じる", "تم، إغلاق نمط الترجمة"},
    {"Caption style, settings open", "Style des sous-titres, réglages ouverts", "字幕スタイルの設定を開きました", "نمط الترجمة، الإعدادات مفتوحة"},
    {"Caption style closed", "Style des sous-titres fermé", "字幕スタイルを閉じました", "تم إغلاق نمط الترجمة"},
    {"Caption style reset", "Style des sous-titres réinitialisé", "字幕スタイルをリセットしました", "تمت إعادة ضبط نمط الترجمة"},
    {"white", "blanc", "白", "أبيض"},
    {"yellow", "jaune", "黄", "أصفر"},
    {"green", "vert", "緑", "أخضر"},
    {"cyan", "cyan", "シアン", "سماوي"},
    {"blue", "bleu", "青", "أزرق"},
    {"magenta", "magenta", "マゼンタ", "أرجواني"},
    {"red", "rouge", "赤", "أحمر"},
    {"black", "noir", "黒", "أسود"},
    // A video's timeline
    {"Tap for sound", "Touchez pour le son", "タップして音声をオン", "انقر لتشغيل الصوت"},
    {"Pause (K)", "Pause (K)", "一時停止 (K)", "إيقاف مؤقت (K)"},
    {"Play (K)", "Lecture (K)", "再生 (K)", "تشغيل (K)"},
    {"Video position", "Position dans la vidéo", "動画の再生位置", "موضع الفيديو"},
    {"{0} of {1}. Left and right arrows move 10 seconds", "{0} sur {1}. Les flèches gauche et droite déplacent de 10 secondes",
     "{0} / {1}。左右の矢印キーで10秒移動", "{0} من {1}. السهمان الأيمن والأيسر ينقلان 10 ثوانٍ"},
    {"Unmute (M)", "Réactiver le son (M)", "ミュート解除 (M)", "إلغاء الكتم (M)"},
    {"Mute (M)", "Couper le son (M)", "ミュート (M)", "كتم الصوت (M)"},
    {"Volume", "Volume", "音量", "مستوى الصوت"},
    // A tour
    {"Back to {0} (Backspace)", "Revenir à {0} (Retour arrière)", "{0}に戻る (Backspace)", "العودة إلى {0} (Backspace)"},
    {"Close the scene list", "Fermer la liste des scènes", "シーン一覧を閉じる", "إغلاق قائمة المشاهد"},
    {"Scenes of this shot", "Scènes de ce plan", "このショットのシーン", "مشاهد هذه اللقطة"},
    {"Scenes", "Scènes", "シーン", "المشاهد"},
    {"Could not be loaded", "Chargement impossible", "読み込めませんでした", "تعذّر التحميل"},
    {"the scene shown", "la scène affichée", "表示中のシーン", "المشهد المعروض"},
    {"could not be loaded", "chargement impossible", "読み込めませんでした", "تعذّر التحميل"},
    // Roles and states, announced with a focused control ("{name}, {role}, {state}")
    {", ", ", ", "、", "، "},
    {"button", "bouton", "ボタン", "زر"},
    {"slider", "curseur", "スライダー", "شريط تمرير"},
    {"checkbox", "case à cocher", "チェックボックス", "خانة اختيار"},
    {"selected", "sélectionné", "選択中", "محدد"},
    {"checked", "cochée", "オン", "محددة"},
    {"not checked", "non cochée", "オフ", "غير محددة"},
    // Announcements
    {"{0}, hotspot {1} of {2}. Press Enter to open.", "{0}, point d'intérêt {1} sur {2}. Appuyez sur Entrée pour l'ouvrir.",
     "{0}、ホットスポット {1}/{2}。Enterキーで開きます。", "{0}، نقطة {1} من {2}. اضغط Enter لفتحها."},
    {"{0}, way {1} of {2}. Press Enter to go there.", "{0}, passage {1} sur {2}. Appuyez sur Entrée pour y aller.",
     "{0}、通路 {1}/{2}。Enterキーで移動します。", "{0}، ممر {1} من {2}. اضغط Enter للانتقال إليه."},
    {"{0}, opened. Escape closes it.", "{0}, ouvert. Échap le ferme.", "{0}を開きました。Escキーで閉じます。", "{0}، مفتوح. Escape يغلقه."},
    {"Entered VR. Point at a hotspot and press the trigger, or pinch, to open it.",
     "Réalité virtuelle activée. Visez un point d'intérêt et appuyez sur la gâchette, ou pincez, pour l'ouvrir.",
     "VRに入りました。ホットスポットを指してトリガーを押すか、つまむと開きます。",
     "تم الدخول إلى الواقع الافتراضي. أشِر إلى نقطة واضغط الزناد أو اقرص لفتحها."},
};

UiLanguage gLanguage = UiLanguage::En;

const char* in(const Entry& e, UiLanguage language) {
  switch (language) {
  case UiLanguage::Fr: return e.fr;
  case UiLanguage::Ja: return e.ja;
  case UiLanguage::Ar: return e.ar;
  case UiLanguage::En: break;
  }
  return e.en;
}
} // namespace

UiLanguage uiLanguageFor(std::string_view tags, bool* found) {
  static constexpr std::array<std::pair<std::string_view, UiLanguage>, 4> kCodes{
      {{"en", UiLanguage::En}, {"fr", UiLanguage::Fr}, {"ja", UiLanguage::Ja}, {"ar", UiLanguage::Ar}}};
  std::size_t at = 0;
  while (at < tags.size()) {
    std::size_t end = at;
    while (end < tags.size() && tags[end] != ',' && tags[end] != ' ') ++end;
    std::string primary;
    for (std::size_t i = at; i < end && tags[i] != '-' && tags[i] != '_'; ++i)
      primary += static_cast<char>(std::tolower(static_cast<unsigned char>(tags[i])));
    for (const auto& [code, language] : kCodes)
      if (primary == code) {
        if (found) *found = true;
        return language;
      }
    at = end + 1;
  }
  if (found) *found = false;
  return UiLanguage::En;
}

const char* uiLanguageCode(UiLanguage language) {
  static constexpr const char* kCodes[] = {"en", "fr", "ja", "ar"};
  return kCodes[static_cast<int>(language)];
}

bool isRightToLeft(UiLanguage language) { return language == UiLanguage::Ar; }

void setUiLanguage(UiLanguage language) { gLanguage = language; }
UiLanguage uiLanguage() { return gLanguage; }

namespace {
const char* find(std::string_view english) {
  for (const Entry& e : kTable)
    if (english == e.en) return in(e, gLanguage);
  return nullptr;
}
} // namespace

const char* tr(const char* english) {
  const char* t = find(english);
  return t ? t : english;
}

std::string trf(std::string_view english, std::initializer_list<std::string_view> args) {
  const char* t = find(english);
  const std::string_view pattern = t ? std::string_view(t) : english;
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size()) out.append(*(args.begin() + n));
      i += 2;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

std::size_t uiTextKeyCount() { return std::size(kTable); }

std::size_t uiTextTranslated(UiLanguage language) {
  return static_cast<std::size_t>(std::count_if(std::begin(kTable), std::end(kTable), [&](const Entry& e) {
    const char* t = in(e, language);
    return t && *t;
  }));
}

} // namespace shotscape
