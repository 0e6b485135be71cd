<?php
include_once  '../commonParts.php';
$str = '../';
$title = 'Καρίερα';
navbar($str,$title);
?>


    <!-- rts about us section start -->
    <div class="rts-about-area rts-section-gap  ">
        <div class="container">
            <div class="row  ">

                <div class="col-lg-12 col-md-12 ">
                    <div class="about-progress-inner">
                        <div class="title-area">
                            <span>Αρπαξε την ευκαιρία τώρα</span>
                            <h2 class="title">Καρίερα </h2>
                        </div>
                        <!-- inner start -->
                        <div class="inner">
                            <p class="disc">
                                <b> Ψάχνεις την ευκαιρία για να κάνεις τη διαφορά στην καριέρα σου και να εισέλθεις σε
                                    έναν κλάδο σταθερό και διαρκώς αναπτυσσόμενο; </b>
                            </p>

                            <p class="disc">
                                Διαθέτουμε ένα ισχυρό δίκτυο συμβούλων, το οποίο διακρίνεται από υψηλό αίσθημα ευθύνης
                                και επαγγελματισμού. Σε μια ενωμένη ομάδα σαν τη δική μας, το ταλέντο και οι ιδέες
                                κάνουν τη διαφορά και δίνουν μια μοναδική προοπτική.
                            </p>

                            <p class="disc"> <b>  Αναζητούμε </b> λοιπόν συνεργάτες με ισχυρή προσωπικότητα ώστε να εργαστούν
                                δίπλα μας και να στελεχώσουμε το τμήμα πωλήσεων. </p>

                            <p class="disc">
                                Προσφέρουμε πλήρη πρωτοποριακή εκπαίδευση αξιοποιώντας τις ήδη υπάρχουσες γνώσεις σας και στηρίζουμε τα μέλη της ομάδας μας σε κάθε τους βήμα.
                            </p>

                            <p class="disc">
                                Μας διαφοροποιεί πως προσφέρουμε συμβουλευτικές υπηρεσίες σε ανθρώπους, νομικά πρόσωπα και επιχειρήσεις για θέματα που αφορούν την ζωή και την εξασφάλιση της.
                                Πιο συγκεκριμένα στόχος μας είναι να βοηθάμε ανθρώπους να προστατέψουν το οικονομικό και βιωτικό επίπεδο τους διασφαλίζοντας ότι θα ικανοποιήσουν (οικονομικά) μελλοντικές ανάγκες και επιθυμίες τους.
                            </p>

                            <p class="disc">
                                Συνδυάζοντας ομαδικό πνεύμα και καλή διάθεση πετυχαίνουμε τους στόχους μας με αποτέλεσμα να έχουμε υψηλές απολαβές και συνεχή επαγγελματική ανέλιξη.
                            </p>

                            <div class="benefitsBox">
                                <h4>Τι προσφέρουμε ;</h4>
                                <p>Συνεχή εκπαίδευση</p>
                                <ul>
                                    <li> Επιμόρφωση βάσει σύγχρονων εκπαιδευτικών εργαλείων και μεθόδων </li>
                                    <li> Συμμετοχή σε συνέδρια και ταξίδια σε όλο τον κόσμο  </li>
                                    <li> Επαγγελματική εξέλιξη και δυνατότητα διεθνούς καριέρας μέσα από ένα καθιερωμένο αξιοκρατικό σύστημα που εφαρμόζει ο Όμιλος  </li>
                                </ul>

                                <p>Οικονομικά κίνητρα</p>
                                <ul>
                                    <li> Bonus νέων συνεργατών </li>
                                    <li> Bonus πολλαπλών κατηγοριών  </li>
                                    <li> Διαχρονικές προμήθειες   </li>
                                    <li> Συμμετοχή σε ομαδικό Αποταμιευτικό και Συνταξιοδοτικό Πρόγραμμα και Νοσοκομειακή και Ιατροφαρμακευτική κάλυψη   </li>
                                </ul>
                            </div>



                        </div>
                        <!-- end -->
                    </div>
                </div>

            </div>
        </div>
    </div>
    <!-- rts about us section end -->

    <div class="rts-inner-blog ptb--70">
        <div class="container custom">
            <div class="row">
                <div class="col-lg-12 pr-35 md-pr-15 md-mt-50">
                    <div class="row">
                        <div class="col-lg-12">
                            <div class="blog-details">
                                <div class="blog-full">
                                    <blockquote>
                                        <p class="margin-0">
                                            Να θυμάσαι. Οι ευκαιρίες ποτέ δεν χάνονται. Κάποιος αρπάζει αυτές που εσύ χάνεις.

                                        </p>
                                    </blockquote>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>

    <div class="rts-contact-area contact-one ">
        <div class="container py-4">
            <div class="row align-items-center g-0">

                <div class="col-lg-12 col-md-12 col-sm-12 col-12">
                    <div class="contact-form-area-one">
                        <div class="rts-title-area contact text-start">
                            <p class="pre-title">
                                Φορμα Καριερας
                            </p>

                            <h2 class="title">Συμπλήρωσε την παρακάτω φόρμα! </h2>
                            <p> Επωφελήσου από την ευκαιρία και στείλε μας το βιογραφικό σου για το ενδεχόμενο πιθανής συνεργασίας.</p>
                        </div>

                        <div class="form-wrapper">

                            <form id="contact-form2">
                                <div class="name-email">
                                    <input type="text" placeholder="Ονοματεπώνυμο" id="fullName" name="fullName">
                                    <input type="text" placeholder="Email " id="email" name="email">
                                </div>
                                <input type="text" placeholder="Κινητό" id="phone" name="phone">
                                <div class="cv_input ">
                                    <label for="cv">Ανέβασμα Βιογραφικού <i
                                                class="mx-3 fas fa-cloud-upload-alt"></i></label>
                                    <input onchange="uploadCv(event,'../')" type="file" id="cv" hidden="">
                                </div>

                                <div class="spinner-border d-none"   role="status">
                                    <span class="visually-hidden">Loading...</span>
                                </div>
                            </form>
                            <div class="text-center ">
                                <div class="my-2"> <button onclick="submitFormCv(event,'../')" id="submitBtn"  class="welcomeLearnMore">Υποβολή</button> </div>

                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>


<?php
footer($str);
?>