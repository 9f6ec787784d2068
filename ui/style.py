"""The app's look: a calm, readable style sheet on top of the platform style."""

STYLE = """
QLabel#pageTitle { font-size: 20pt; font-weight: 600; color: #1d3557; margin-bottom: 4px; }
QLabel#pageIntro { font-size: 10.5pt; color: #333; margin-bottom: 8px; }
QLabel#sectionLabel { font-size: 13pt; font-weight: 600; color: #1d3557; margin-top: 12px; }
QLabel#questionLabel { font-weight: 600; }
QLabel#whyLabel { color: #555; }
QLabel#unitLabel { color: #444; }
QLabel#noteLabel { background: #eef4fb; border: 1px solid #c9dcf0; border-radius: 4px; padding: 8px; }
QLabel#problemLabel[severity="error"], QLabel#problemLabel { color: #b3261e; }
QLabel#problemLabel[severity="warning"] { color: #8a5a00; }
QLabel#totalLabel { font-weight: 600; padding: 4px 0; }
QLabel#totalLabel[severity="error"] { color: #b3261e; }
QLabel#totalLabel[severity="warning"] { color: #8a5a00; }
QLabel#totalLabel[severity="ok"] { color: #1b6e3a; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 1px solid #b3261e; background: #fff6f5; }
QLineEdit, QComboBox { padding: 3px 5px; min-height: 22px; }
QListWidget#stepList { font-size: 10.5pt; border: none; background: #f3f5f8; }
QListWidget#stepList::item { padding: 7px 6px; }
QListWidget#stepList::item:selected { background: #1d3557; color: white; }
QWidget#sidebar { background: #f3f5f8; }
QLabel#bannerLabel { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; padding: 8px; }
QFrame#card { background: white; border: 1px solid #d6dbe3; border-radius: 6px; }
QLabel#answerLabel { background: white; border: 1px solid #d6dbe3; border-left: 4px solid #1d3557; border-radius: 4px; padding: 10px 12px; font-size: 11pt; color: #1a1a1a; }
QLabel#answerLabel[compact="true"] { padding: 6px 10px; font-size: 10.5pt; }
QLabel#figureValue { font-size: 15pt; font-weight: 600; color: #1d3557; }
QWidget#figurePanel[compact="true"] QLabel#figureValue { font-size: 12.5pt; }
QLabel#figureLabel { color: #444; }
QLabel#badge { border-radius: 9px; padding: 2px 9px; font-weight: 600; color: white; }
"""
